;; The interpreter's pairs (Translator.Pairs.cs): two adjacent instructions that hot loops run back
;; to back share one dispatch, the first one's case jumping to the second one's. Each function
;; below lays out one pair as the benchmark it was taken from does; the second instruction reads
;; what the first one wrote (a local the first one retargeted to), and an access of either one at
;; the memory's end traps with nothing of the second one done. Both tiers run it. Some shapes
;; are kept from pairs measured and dropped for better ones: they must still run unpaired.
(module
  (memory 1)
  ;; 16 words 1..16 at 0, a linked list at 256: 256 -> 264 -> 272 -> 0, values 10, 20, 30.
  (data (i32.const 0) "\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\05\00\00\00\06\00\00\00\07\00\00\00\08\00\00\00")
  (data (i32.const 32) "\09\00\00\00\0a\00\00\00\0b\00\00\00\0c\00\00\00\0d\00\00\00\0e\00\00\00\0f\00\00\00\10\00\00\00")
  (data (i32.const 256) "\08\01\00\00\0a\00\00\00\10\01\00\00\14\00\00\00\00\00\00\00\1e\00\00\00")
  (data (i32.const 65532) "\2a\00\00\00")

  ;; gcc-loops: c[i] = a[i] + b[i], two elements per step (I32AddImmThenLoad, LoadThenI32StoreAdd,
  ;; I32StoreAddThenI32AddImm; once also a store of a sum then the counter), over $n words from $a
  ;; and $b into $c.
  (func (export "add-arrays") (param $a i32) (param $b i32) (param $c i32) (param $n i32)
    (local $i i32) (local $k i32)
    (loop $next
      (i32.store (i32.add (local.get $i) (local.get $c))
        (i32.add (i32.load (i32.add (local.get $i) (local.get $a))) (i32.load (i32.add (local.get $i) (local.get $b)))))
      (i32.store offset=4 (i32.add (local.get $i) (local.get $c))
        (i32.add (i32.load offset=4 (i32.add (local.get $i) (local.get $a))) (i32.load offset=4 (i32.add (local.get $i) (local.get $b)))))
      (local.set $i (i32.add (local.get $i) (i32.const 8)))
      (br_if $next (i32.ne (local.get $n) (local.tee $k (i32.add (local.get $k) (i32.const 2)))))))
  ;; The same with constant bases, as gcc-loops' globals: the address steps are I32AddImms.
  (func (export "add-fixed") (param $n i32)
    (local $i i32) (local $k i32)
    (loop $next
      (i32.store (i32.add (local.get $i) (i32.const 128))
        (i32.add (i32.load (i32.add (local.get $i) (i32.const 0))) (i32.load (i32.add (local.get $i) (i32.const 32)))))
      (i32.store (i32.add (local.get $i) (i32.const 132))
        (i32.add (i32.load (i32.add (local.get $i) (i32.const 4))) (i32.load (i32.add (local.get $i) (i32.const 36)))))
      (local.set $i (i32.add (local.get $i) (i32.const 8)))
      (br_if $next (i32.ne (local.get $n) (local.tee $k (i32.add (local.get $k) (i32.const 2)))))))
  (func $load (export "load") (param i32) (result i32) (i32.load (local.get 0)))

  ;; A list walked by loads at p + 0 into p (LoadThenLoad: the second reads the p the first wrote).
  (func (export "walk-two") (param $p i32) (result i32)
    (local.set $p (i32.load (i32.add (local.get $p) (i32.const 0))))
    (i32.load (i32.add (local.get $p) (i32.const 4))))
  ;; The same at the address alone (PlainLoadThenLoad), and two loads at two addresses.
  (func (export "walk-plain") (param $p i32) (result i32)
    (local.set $p (i32.load (local.get $p)))
    (i32.load offset=4 (local.get $p)))
  (func (export "load-plain") (param $p i32) (param $q i32) (result i32)
    (i32.sub (i32.load (local.get $p)) (i32.load offset=8 (local.get $q))))
  ;; Two loads at one base: a pair; the second one at the end of memory traps.
  (func (export "load-two") (param $p i32) (param $far i32) (result i32)
    (i32.add (i32.load (i32.add (local.get $p) (i32.const 4))) (i32.load (i32.add (local.get $p) (local.get $far)))))
  (func (export "load-two-imm") (param $p i32) (result i32)
    (i32.sub (i32.load (i32.add (local.get $p) (i32.const 4))) (i32.load offset=65528 (i32.add (local.get $p) (i32.const 4)))))

  ;; A step into a local, then a store at it, then a step (StoreThenI32AddImm), then two steps and
  ;; a test (pairs measured once, and dropped for better ones).
  (func (export "fill") (param $p i32) (param $end i32) (result i32)
    (local $v i32)
    (loop $next
      (local.set $v (i32.add (local.get $v) (i32.const 3)))
      (i32.store (local.get $p) (local.get $v))
      (local.set $p (i32.add (local.get $p) (i32.const 2)))
      (local.set $p (i32.add (local.get $p) (i32.const 2)))
      (br_if $next (i32.ne (local.tee $v (i32.add (local.get $v) (i32.const -1))) (local.get $end))))
    (local.get $p))

  ;; sieve: flags cleared at k = 2i, 3i, ... below 1000 (Store8ImmThenCountLtU), then the next
  ;; flag set tested (Load8UThenBrIfEqz); returns how many i < 1000 were left set.
  (func (export "sieve") (result i32)
    (local $n i32)
    (local $i i32) (local $k i32) (local $count i32)
    (local.set $n (i32.const 1000))
    (memory.fill (i32.const 1024) (i32.const 1) (local.get $n))
    (local.set $i (i32.const 2))
    (block $done
      (loop $outer
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (block $skip
          (br_if $skip (i32.eqz (i32.load8_u (i32.add (local.get $i) (i32.const 1024)))))
          (local.set $count (i32.add (local.get $count) (i32.const 1)))
          (local.set $k (i32.add (local.get $i) (local.get $i)))
          (if (i32.lt_u (local.get $k) (local.get $n))
            (then
              (loop $inner
                (i32.store8 (i32.add (local.get $k) (i32.const 1024)) (i32.const 0))
                (br_if $inner (i32.lt_u (local.tee $k (i32.add (local.get $k) (local.get $i))) (i32.const 1000)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $outer)))
    (local.get $count))
  ;; The flag test's load at the end of memory traps.
  (func (export "flag-test") (param $p i32) (result i32)
    (block $zero
      (br_if $zero (i32.eqz (i32.load8_u (i32.add (local.get $p) (i32.const 1)))))
      (return (i32.const 1)))
    (i32.const 0))
  ;; The store8 of the clearing loop at the end of memory traps before the counter steps.
  (func (export "clear-from") (param $k i32) (param $step i32) (result i32)
    (loop $inner
      (i32.store8 (i32.add (local.get $k) (i32.const 1)) (i32.const 0))
      (br_if $inner (i32.lt_u (local.tee $k (i32.add (local.get $k) (local.get $step))) (i32.const 65535))))
    (local.get $k))
)
(assert_return (invoke "add-arrays" (i32.const 0) (i32.const 32) (i32.const 64) (i32.const 8)))
(assert_return (invoke "load" (i32.const 64)) (i32.const 10))
(assert_return (invoke "load" (i32.const 68)) (i32.const 12))
(assert_return (invoke "load" (i32.const 92)) (i32.const 24))
;; In place: c is a, so each store feeds the next step's load no more (they are 8 bytes apart).
(assert_return (invoke "add-arrays" (i32.const 64) (i32.const 0) (i32.const 64) (i32.const 2)))
(assert_return (invoke "load" (i32.const 64)) (i32.const 11))
(assert_return (invoke "load" (i32.const 68)) (i32.const 14))
;; The first pair's load at the end of memory: the step's first store, before it, is done.
(assert_trap (invoke "add-arrays" (i32.const 65532) (i32.const 0) (i32.const 512) (i32.const 2)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 512)) (i32.const 43))
(assert_return (invoke "load" (i32.const 516)) (i32.const 0))
;; The store of the sum at the end of memory traps; the one before it is done.
(assert_trap (invoke "add-arrays" (i32.const 0) (i32.const 0) (i32.const 65528) (i32.const 4)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65528)) (i32.const 2))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 4))
(assert_return (invoke "add-fixed" (i32.const 8)))
(assert_return (invoke "load" (i32.const 128)) (i32.const 10))
(assert_return (invoke "load" (i32.const 156)) (i32.const 24))
(assert_return (invoke "walk-two" (i32.const 256)) (i32.const 20))
(assert_return (invoke "walk-two" (i32.const 264)) (i32.const 30))
(assert_return (invoke "walk-two" (i32.const 272)) (i32.const 2))
(assert_trap (invoke "walk-two" (i32.const 65533)) "out of bounds memory access")
(assert_return (invoke "walk-plain" (i32.const 256)) (i32.const 20))
(assert_return (invoke "walk-plain" (i32.const 264)) (i32.const 30))
(assert_trap (invoke "walk-plain" (i32.const 65533)) "out of bounds memory access")
(assert_return (invoke "load-plain" (i32.const 4) (i32.const 0)) (i32.const -1))
(assert_trap (invoke "load-plain" (i32.const 0) (i32.const 65528)) "out of bounds memory access")
(assert_trap (invoke "load-plain" (i32.const 65533) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "load-two" (i32.const 0) (i32.const 8)) (i32.const 5))
(assert_trap (invoke "load-two" (i32.const 0) (i32.const 65533)) "out of bounds memory access")
(assert_trap (invoke "load-two" (i32.const 65530) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "load-two-imm" (i32.const 0)) (i32.const -2))
(assert_trap (invoke "load-two-imm" (i32.const 4)) "out of bounds memory access")
(assert_return (invoke "fill" (i32.const 2048) (i32.const 6)) (i32.const 2060))
(assert_return (invoke "load" (i32.const 2048)) (i32.const 3))
(assert_return (invoke "load" (i32.const 2052)) (i32.const 5))
(assert_return (invoke "load" (i32.const 2056)) (i32.const 7))
(assert_trap (invoke "fill" (i32.const 65528) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65528)) (i32.const 3))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 5))
(assert_return (invoke "sieve") (i32.const 168))
(assert_return (invoke "flag-test" (i32.const 1031)) (i32.const 0))
(assert_return (invoke "flag-test" (i32.const 1030)) (i32.const 1))
(assert_return (invoke "flag-test" (i32.const 1024)) (i32.const 1))
(assert_return (invoke "flag-test" (i32.const 65534)) (i32.const 0))
(assert_trap (invoke "flag-test" (i32.const 65535)) "out of bounds memory access")
(assert_return (invoke "clear-from" (i32.const 65530) (i32.const 2)) (i32.const 65536))
(assert_trap (invoke "clear-from" (i32.const 65535) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const 5))

(module
  ;; ctype: counted range checks (I32AddThenRangeCountAdd, RangeCheckThenI32Or).
  (func (export "count-alpha") (param $c i32) (param $d i32) (result i32)
    (i32.add
      (i32.add (local.get $c) (local.get $d))
      (i32.lt_u (i32.add (local.get $c) (i32.const -65)) (i32.const 26))))
  (func (export "is-alpha") (param $c i32) (result i32)
    (i32.lt_u (i32.add (i32.or (local.get $c) (i32.const 32)) (i32.const -97)) (i32.const 26)))
  (func (export "either") (param $c i32) (param $m i32) (result i32)
    (i32.or (i32.lt_u (i32.add (local.get $c) (i32.const -48)) (i32.const 10)) (local.get $m)))
  ;; ed25519: a carry of a product added (I64CarryThenI64Add).
  (func (export "carry") (param $a i64) (param $b i64) (param $c i64) (param $d i64) (result i64)
    (i64.add (i64.shr_u (i64.add (i64.mul (local.get $a) (local.get $b)) (local.get $c)) (i64.const 51)) (local.get $d)))
  ;; SipHash: v0 += v1; v1 = rotl(v1, 13) ^ v0 (I64AddXorThenRotl), the sum kept.
  (func (export "sip") (param $v0 i64) (param $v1 i64) (result i64)
    (local.set $v0 (i64.add (local.get $v0) (local.get $v1)))
    (local.set $v1 (i64.xor (local.get $v1) (local.get $v0)))
    (local.set $v0 (i64.rotl (local.get $v0) (i64.const 32)))
    (i64.xor (local.get $v0) (local.get $v1)))
  ;; gimli: (x ^ (z << 1) ^ ((y & z) << 2)) (I32AndThenShlImmXor, I32XorThenXor).
  (func (export "gimli") (param $x i32) (param $y i32) (param $z i32) (result i32)
    (i32.xor (i32.xor (local.get $x) (i32.shl (local.get $z) (i32.const 1)))
      (i32.shl (i32.and (local.get $y) (local.get $z)) (i32.const 2))))
  (func (export "xor3") (param $x i32) (param $y i32) (param $z i32) (result i32)
    (local $t i32)
    (local.set $t (i32.xor (local.get $x) (local.get $y)))
    (i32.xor (local.get $t) (local.get $z)))
;; ChaCha's quarter round (I32ArxThenArx) and its i64 form (I64ArxThenArx): each step reads
  ;; the locals the one before wrote.
  (func (export "quarter") (param $a i32) (param $b i32) (param $c i32) (param $d i32) (result i32)
    (local.set $a (i32.add (local.get $a) (local.get $b))) (local.set $d (i32.rotl (i32.xor (local.get $d) (local.get $a)) (i32.const 16)))
    (local.set $c (i32.add (local.get $c) (local.get $d))) (local.set $b (i32.rotl (i32.xor (local.get $b) (local.get $c)) (i32.const 12)))
    (local.set $a (i32.add (local.get $a) (local.get $b))) (local.set $d (i32.rotl (i32.xor (local.get $d) (local.get $a)) (i32.const 8)))
    (local.set $c (i32.add (local.get $c) (local.get $d))) (local.set $b (i32.rotl (i32.xor (local.get $b) (local.get $c)) (i32.const 7)))
    (i32.xor (i32.xor (local.get $a) (local.get $b)) (i32.xor (local.get $c) (local.get $d))))
  (func (export "quarter64") (param $a i64) (param $b i64) (param $c i64) (param $d i64) (result i64)
    (local.set $a (i64.add (local.get $a) (local.get $b))) (local.set $d (i64.rotl (i64.xor (local.get $d) (local.get $a)) (i64.const 32)))
    (local.set $c (i64.add (local.get $c) (local.get $d))) (local.set $b (i64.rotl (i64.xor (local.get $b) (local.get $c)) (i64.const 24)))
    (local.set $a (i64.add (local.get $a) (local.get $b))) (local.set $d (i64.rotl (i64.xor (local.get $d) (local.get $a)) (i64.const 16)))
    (i64.xor (i64.xor (local.get $a) (local.get $b)) (i64.xor (local.get $c) (local.get $d))))
  ;; blake3: two sums, the second reading the first's local (I32AddThenAdd).
  (func (export "add-add") (param $a i32) (param $b i32) (param $c i32) (result i32)
    (local.set $a (i32.add (local.get $a) (local.get $b)))
    (i32.mul (local.get $a) (i32.add (local.get $a) (local.get $c))))
  ;; base64: ((c + 0x41) ^ 0x20) >> 3 & 7, then used (AddImmXorImmThenShrUAndImm).
  (func (export "b64") (param $c i32) (result i32)
    (local $t i32)
    (local.set $t (i32.xor (i32.add (local.get $c) (i32.const 0x41)) (i32.const 0x20)))
    (i32.add (i32.and (i32.shr_u (local.get $t) (i32.const 3)) (i32.const 7)) (local.get $t)))
)
(assert_return (invoke "count-alpha" (i32.const 65) (i32.const 1)) (i32.const 67))
(assert_return (invoke "count-alpha" (i32.const 91) (i32.const 1)) (i32.const 92))
(assert_return (invoke "count-alpha" (i32.const 0x7fffffff) (i32.const 1)) (i32.const 0x80000000))
(assert_return (invoke "is-alpha" (i32.const 65)) (i32.const 1))
(assert_return (invoke "is-alpha" (i32.const 64)) (i32.const 0))
(assert_return (invoke "either" (i32.const 48) (i32.const 4)) (i32.const 5))
(assert_return (invoke "either" (i32.const 58) (i32.const 4)) (i32.const 4))
(assert_return (invoke "carry" (i64.const 0x7ffffffffffff) (i64.const 0x7ffffffffffff) (i64.const 1) (i64.const 5)) (i64.const 8195))
(assert_return (invoke "carry" (i64.const -1) (i64.const -1) (i64.const -1) (i64.const 0)) (i64.const 0))
(assert_return (invoke "sip" (i64.const 1) (i64.const 2)) (i64.const 0x0000000300000001))
(assert_return (invoke "sip" (i64.const -1) (i64.const 1)) (i64.const 1))
(assert_return (invoke "gimli" (i32.const 1) (i32.const 3) (i32.const 0x80000001)) (i32.const 7))
(assert_return (invoke "xor3" (i32.const 1) (i32.const 2) (i32.const 4)) (i32.const 7))
(assert_return (invoke "b64" (i32.const 0)) (i32.const 0x65))
(assert_return (invoke "b64" (i32.const -0x41)) (i32.const 0x24))
(assert_return (invoke "quarter" (i32.const 0x11111111) (i32.const 0x01020304) (i32.const 0x9b8d6f43) (i32.const 0x01234567)) (i32.const 1010231727))
(assert_return (invoke "quarter64" (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4)) (i64.const 1971454413571840))
(assert_return (invoke "add-add" (i32.const 1) (i32.const 2) (i32.const 3)) (i32.const 18))
(assert_return (invoke "add-add" (i32.const 0x7fffffff) (i32.const 1) (i32.const 0x80000000)) (i32.const 0))
