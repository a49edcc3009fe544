# Probe for microblaze (big-endian): uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
# Debian has no MicroBlaze cross assembler, so build.mjs encodes these instructions itself (only
# addik and brki, in exactly the forms below). r1 is the stack pointer, r12 the call number.
	.text
	addik	r1, r1, -512
	addik	r5, r1, 0
	addik	r12, r0, 122		# newuname
	brki	r14, 8
	addik	r5, r0, 1
	addik	r6, r1, 260		# utsname.machine
	addik	r7, r0, 65
	addik	r12, r0, 4		# write
	brki	r14, 8
	addik	r5, r0, 0
	addik	r12, r0, 1		# exit
	brki	r14, 8
