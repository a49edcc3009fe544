! Probe for sparc32plus (32-bit, V8+): uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
	.text
	sub	%sp, 512, %o0
	mov	189, %g1		! uname
	ta	0x10
	mov	1, %o0
	sub	%sp, 252, %o1		! utsname.machine: 512 - 260 below the stack pointer
	mov	65, %o2
	mov	4, %g1			! write
	ta	0x10
	mov	0, %o0
	mov	1, %g1			! exit
	ta	0x10
