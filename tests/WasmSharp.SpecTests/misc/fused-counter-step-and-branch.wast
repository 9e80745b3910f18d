;; A loop counter's step and the test of its new value, which the interpreter fuses into one
;; add-and-branch instruction (add of a constant or of a register; compared with a constant or
;; a register, which may be the counter itself; every comparison, negated for `if`), and the
;; counter still holds its new value after the loop.
(module
  ;; Counts up by `step` from 0 while the counter stays below `limit` (unsigned): the iterations.
  (func (export "up-imm") (param $step i32) (result i32) (local $i i32) (local $n i32)
    (loop $l
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 3))) (i32.const 10))))
    (i32.add (i32.mul (local.get $n) (i32.const 100)) (local.get $i)))
  (func (export "up-reg") (param $step i32) (param $limit i32) (result i32) (local $i i32) (local $n i32)
    (loop $l
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br_if $l (i32.lt_s (local.tee $i (i32.add (local.get $i) (local.get $step))) (local.get $limit))))
    (i32.add (i32.mul (local.get $n) (i32.const 100)) (local.get $i)))
  (func (export "down-ne") (param $i i32) (result i32) (local $n i32)
    (loop $l
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br_if $l (i32.ne (local.tee $i (i32.sub (local.get $i) (i32.const 1))) (i32.const 0))))
    (local.get $n))
  ;; The comparison's second operand is the counter itself.
  (func (export "self") (param $i i32) (result i32)
    (block $out
      (br_if $out (i32.ge_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $i)))
      (return (i32.const -1)))
    (local.get $i))
  ;; The add of two registers; the sum compared with a constant, negated by `if`.
  (func (export "sum-if") (param i32 i32) (result i32) (local $s i32)
    (if (result i32) (i32.gt_s (local.tee $s (i32.add (local.get 0) (local.get 1))) (i32.const 5))
      (then (i32.add (local.get $s) (i32.const 1000)))
      (else (local.get $s))))
  (func (export "sum-reg") (param i32 i32 i32) (result i32) (local $s i32)
    (block $b
      (br_if $b (i32.le_u (local.tee $s (i32.add (local.get 0) (local.get 1))) (local.get 2)))
      (return (i32.sub (i32.const 0) (local.get $s))))
    (local.get $s))
  ;; The sum is a stack temporary: compared and dropped.
  (func (export "temp") (param i32) (result i32)
    (block $b
      (br_if $b (i32.eq (i32.add (local.get 0) (i32.const 7)) (i32.const 0)))
      (return (i32.const 1)))
    (i32.const 2))
  ;; Signed and unsigned views of the wrapped sum.
  (func (export "wrap") (param i32) (result i32)
    (block $b
      (br_if $b (i32.lt_s (i32.add (local.get 0) (i32.const 1)) (i32.const 0)))
      (return (i32.const 0)))
    (i32.const 1))
  (func (export "wrap-u") (param i32) (result i32)
    (block $b
      (br_if $b (i32.gt_u (i32.add (local.get 0) (i32.const 1)) (i32.const 5)))
      (return (i32.const 0)))
    (i32.const 1)))

(assert_return (invoke "up-imm" (i32.const 3)) (i32.const 412))
(assert_return (invoke "up-reg" (i32.const 4) (i32.const 10)) (i32.const 312))
(assert_return (invoke "up-reg" (i32.const 5) (i32.const -1)) (i32.const 105))
(assert_return (invoke "down-ne" (i32.const 5)) (i32.const 5))
(assert_return (invoke "down-ne" (i32.const 1)) (i32.const 1))
(assert_return (invoke "self" (i32.const 5)) (i32.const 6))
(assert_return (invoke "sum-if" (i32.const 2) (i32.const 4)) (i32.const 1006))
(assert_return (invoke "sum-if" (i32.const 2) (i32.const 3)) (i32.const 5))
(assert_return (invoke "sum-if" (i32.const 0x7fffffff) (i32.const 1)) (i32.const 0x80000000))
(assert_return (invoke "sum-reg" (i32.const 2) (i32.const 3) (i32.const 5)) (i32.const 5))
(assert_return (invoke "sum-reg" (i32.const 2) (i32.const 3) (i32.const 4)) (i32.const -5))
(assert_return (invoke "sum-reg" (i32.const -1) (i32.const -1) (i32.const 4)) (i32.const 2))
(assert_return (invoke "temp" (i32.const -7)) (i32.const 2))
(assert_return (invoke "temp" (i32.const 7)) (i32.const 1))
(assert_return (invoke "wrap" (i32.const 0x7fffffff)) (i32.const 1))
(assert_return (invoke "wrap" (i32.const 5)) (i32.const 0))
(assert_return (invoke "wrap-u" (i32.const -1)) (i32.const 0))
(assert_return (invoke "wrap-u" (i32.const 5)) (i32.const 1))
(assert_return (invoke "wrap-u" (i32.const 4)) (i32.const 0))
