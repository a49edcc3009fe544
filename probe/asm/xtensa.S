# Probe for xtensa (little-endian): uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
# Debian has no Xtensa cross assembler, so build.mjs encodes these instructions itself (only
# addi, addmi, movi and syscall, in exactly the forms below). a1 is the stack pointer, a2 the
# call number, a6, a3, a4 the arguments.
	.text
	addmi	a1, a1, -512
	addi	a6, a1, 0
	movi	a2, 208			# newuname
	syscall
	movi	a6, 1
	addmi	a3, a1, 256
	addi	a3, a3, 4		# utsname.machine: 260 above the buffer
	movi	a4, 65
	movi	a2, 13			# write
	syscall
	movi	a6, 0
	movi	a2, 118			# exit
	syscall
