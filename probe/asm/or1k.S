# Probe for or1k (OpenRISC 1000): uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
# Debian has no OpenRISC cross assembler, so build.mjs encodes these instructions itself (only
# l.addi and l.sys, in exactly the forms below). r1 is the stack pointer, r11 the call number.
	.text
	l.addi	r1, r1, -512
	l.addi	r3, r1, 0
	l.addi	r11, r0, 160		# uname
	l.sys	1
	l.addi	r3, r0, 1
	l.addi	r4, r1, 260		# utsname.machine
	l.addi	r5, r0, 65
	l.addi	r11, r0, 64		# write
	l.sys	1
	l.addi	r3, r0, 0
	l.addi	r11, r0, 93		# exit
	l.sys	1
