// Probe for aarch64_be (big-endian data, instructions as ever): uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
	.text
	sub	sp, sp, #512
	mov	x0, sp
	mov	x8, #160		// uname
	svc	#0
	mov	x0, #1
	add	x1, sp, #260		// utsname.machine
	mov	x2, #65
	mov	x8, #64			// write
	svc	#0
	mov	x0, #0
	mov	x8, #93			// exit
	svc	#0
