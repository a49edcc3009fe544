; Probe for hppa: uname(2), write utsname.machine (65 bytes) to stdout, exit(0).
; The stack grows upwards: the buffer is above the stack pointer. The call number goes in the
; delay slot of the branch to the gateway page.
	.text
	copy	%sp, %r26
	ble	0x100(%sr2, %r0)
	ldi	59, %r20		; uname
	ldi	1, %r26
	ldo	260(%sp), %r25		; utsname.machine
	ldi	65, %r24
	ble	0x100(%sr2, %r0)
	ldi	4, %r20			; write
	ldi	0, %r26
	ble	0x100(%sr2, %r0)
	ldi	1, %r20			; exit
