# Probe for alpha: uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
	.text
	.set	noreorder
	lda	$30, -512($30)
	mov	$30, $16
	lda	$0, 339($31)		# uname
	callsys
	lda	$16, 1($31)
	lda	$17, 260($30)		# utsname.machine
	lda	$18, 65($31)
	lda	$0, 4($31)		# write
	callsys
	mov	$31, $16
	lda	$0, 1($31)		# exit
	callsys
