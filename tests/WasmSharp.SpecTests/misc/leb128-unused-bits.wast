;; The unused bits of the last byte of a u32 LEB128 must be zero, and it has at most 5 bytes.
;; Here the type section's entry count is the integer under test.
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\01\05" "\80\80\80\80\10")
  "integer too large")
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\01\06" "\80\80\80\80\80\00")
  "integer representation too long")
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\01\05" "\81\80\80\80\00")
  "unexpected end")
