! Probe for sparc64: uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
! The 64-bit stack pointer is biased by 2047: the stack itself starts at %sp + 2047.
	.text
	add	%sp, 2047 - 512, %o0
	mov	189, %g1		! uname
	ta	0x6d
	mov	1, %o0
	add	%sp, 2047 - 252, %o1	! utsname.machine
	mov	65, %o2
	mov	4, %g1			! write
	ta	0x6d
	mov	0, %o0
	mov	1, %g1			! exit
	ta	0x6d
