;; The unused bits of the last byte of a LEB128 must be zero (unsigned) or sign bits (signed).
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\05\07\01" "\00\80\80\80\80\10")
  "integer too large")
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\05\08\01" "\00\80\80\80\80\80\00")
  "integer representation too long")
