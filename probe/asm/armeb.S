@ Probe for armeb (big-endian EABI; ARMv4 instructions, so it runs on v6 and v7 alike):
@ uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
	.text
	.arm
	sub	sp, sp, #512
	mov	r0, sp
	mov	r7, #122		@ newuname
	svc	#0
	mov	r0, #1
	add	r1, sp, #260		@ utsname.machine
	mov	r2, #65
	mov	r7, #4			@ write
	svc	#0
	mov	r0, #0
	mov	r7, #1			@ exit
	svc	#0
