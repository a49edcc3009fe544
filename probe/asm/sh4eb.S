! Probe for sh4eb (big-endian): uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
! trapa #0x10 + the number of arguments; r3 holds the call number, r4.. the arguments.
	.text
	mov.w	size, r0
	sub	r0, r15
	mov	r15, r4
	mov	#122, r3		! newuname
	trapa	#0x11
	mov	#1, r4
	mov.w	machine, r5
	add	r15, r5			! utsname.machine
	mov	#65, r6
	mov	#4, r3			! write
	trapa	#0x13
	mov	#0, r4
	mov	#1, r3			! exit
	trapa	#0x11
	.align	1
size:	.word	512
machine: .word	260
