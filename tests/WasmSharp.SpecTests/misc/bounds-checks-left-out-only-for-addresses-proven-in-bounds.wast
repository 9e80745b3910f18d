;; The compiler leaves out the bounds check of an access whose address range it proved within the
;; memory's minimum size (AddressRangeAnalysis). Each function here has an access that looks
;; bounded but is not, and must trap, beside accesses the analysis proves and that must work.

(module
  (memory 1)

  ;; A sieve over a static array: every access is in bounds, so none needs a check.
  (func (export "sieve") (result i32)
    (local $i i32) (local $k i32) (local $count i32)
    (memory.fill (i32.const 1000) (i32.const 1) (i32.const 8193))
    (local.set $i (i32.const 2))
    (loop $outer
      (block $next
        (br_if $next (i32.eqz (i32.load8_u offset=1000 (local.get $i))))
        (local.set $count (i32.add (local.get $count) (i32.const 1)))
        (br_if $next (i32.gt_u (local.get $i) (i32.const 4096)))
        (local.set $k (i32.shl (local.get $i) (i32.const 1)))
        (loop $strike
          (i32.store8 offset=1000 (local.get $k) (i32.const 0))
          (br_if $strike (i32.lt_u (local.tee $k (i32.add (local.get $k) (local.get $i))) (i32.const 8193)))))
      (br_if $outer (i32.ne (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 8193))))
    (local.get $count))

  ;; `i <= 65536` lets i reach the memory's size: the last store is out of bounds.
  (func (export "fill-one-past-the-end") (result i32)
    (local $i i32)
    (loop $l
      (i32.store8 (local.get $i) (i32.const 7))
      (br_if $l (i32.le_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 65536))))
    (local.get $i))

  ;; A counter below a bound whose scaled address passes the end at i = 16384.
  (func (export "scaled-counter") (result i32)
    (local $i i32)
    (loop $l
      (i32.store (i32.shl (local.get $i) (i32.const 2)) (local.get $i))
      (br_if $l (i32.lt_s (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 20000))))
    (local.get $i))

  ;; Signed `<` holds for a negative index, which is a huge unsigned address.
  (func (export "negative-below-a-signed-bound") (param $i i32) (result i32)
    (if (result i32) (i32.lt_s (local.get $i) (i32.const 100))
      (then (i32.load8_u (local.get $i)))
      (else (i32.const -1))))

  ;; The compared local is overwritten between the comparison and the branch.
  (func (export "overwritten-after-the-compare") (param $i i32) (result i32)
    (block $small
      (i32.lt_u (local.get $i) (i32.const 100))
      (local.set $i (i32.const 70000))
      (br_if $small)
      (return (i32.const -1)))
    (i32.load8_u (local.get $i)))

  ;; The else branch of `i < 100` sees every value from 100 up.
  (func (export "else-of-a-bound") (param $i i32) (result i32)
    (if (result i32) (i32.lt_u (local.get $i) (i32.const 100))
      (then (i32.load8_u (local.get $i)))
      (else (i32.load8_u (local.get $i)))))

  ;; The negated bound: the branch is taken for i >= 100, and falls through below it.
  (func (export "negated-bound") (param $i i32) (result i32)
    (block $big
      (br_if $big (i32.eqz (i32.lt_u (local.get $i) (i32.const 100))))
      (return (i32.load8_u (local.get $i))))
    (i32.load8_u (local.get $i)))

  ;; A mask that leaves the last three bytes of a four-byte load outside the memory.
  (func (export "masked-load") (param $x i32) (result i32)
    (i32.load (i32.and (local.get $x) (i32.const 0xFFFF))))

  ;; A mask that keeps every four-byte load inside.
  (func (export "masked-load-inside") (param $x i32) (result i32)
    (i32.load (i32.and (local.get $x) (i32.const 0xFFFC))))

  ;; 0 - 1 wraps to the largest address.
  (func (export "wrapped-difference") (param $i i32) (result i32)
    (if (result i32) (i32.lt_u (local.get $i) (i32.const 10))
      (then (i32.load8_u (i32.sub (local.get $i) (i32.const 1))))
      (else (i32.const -1))))

  ;; A bounded index through a loop parameter, which the analysis does not follow.
  (func (export "loop-parameter") (param $n i32) (result i32)
    (i32.const 0)
    (loop $l (param i32) (result i32)
      (i32.store8 (i32.const 9))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (i32.add (local.get $n) (i32.const 65530))
      (br_if $l (local.get $n))))

  ;; The same local counted down past zero: i - 1 wraps to a huge address.
  (func (export "count-down-past-zero") (param $i i32) (result i32)
    (loop $l
      (i32.store8 (local.get $i) (i32.const 1))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br_if $l (i32.ne (local.get $i) (i32.const 5))))
    (local.get $i))

  ;; A branch table back to a loop whose counter leaves the memory.
  (func (export "br-table-back-edge") (result i32)
    (local $i i32)
    (block $done
      (loop $l
        (i32.store (i32.mul (local.get $i) (i32.const 4096)) (local.get $i))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_table $l $done (i32.ge_u (local.get $i) (i32.const 40)))))
    (local.get $i))

  ;; A selected address: either operand may be chosen.
  (func (export "selected") (param $c i32) (result i32)
    (i32.load8_u (select (i32.const 10) (i32.const 65536) (local.get $c))))

  (func (export "peek") (param $a i32) (result i32) (i32.load8_u (local.get $a)))
)

(assert_return (invoke "sieve") (i32.const 1028))
(assert_return (invoke "peek" (i32.const 1000)) (i32.const 1))
(assert_trap (invoke "fill-one-past-the-end") "out of bounds memory access")
(assert_return (invoke "peek" (i32.const 65535)) (i32.const 7))
(assert_return (invoke "negative-below-a-signed-bound" (i32.const 99)) (i32.const 7))
(assert_trap (invoke "negative-below-a-signed-bound" (i32.const -5)) "out of bounds memory access")
(assert_trap (invoke "overwritten-after-the-compare" (i32.const 5)) "out of bounds memory access")
(assert_return (invoke "overwritten-after-the-compare" (i32.const 500)) (i32.const -1))
(assert_return (invoke "else-of-a-bound" (i32.const 5)) (i32.const 7))
(assert_trap (invoke "else-of-a-bound" (i32.const 65536)) "out of bounds memory access")
(assert_return (invoke "negated-bound" (i32.const 5)) (i32.const 7))
(assert_trap (invoke "negated-bound" (i32.const 70000)) "out of bounds memory access")
(assert_return (invoke "masked-load" (i32.const 0x1FFFC)) (i32.const 0x07070707))
(assert_trap (invoke "masked-load" (i32.const 0xFFFF)) "out of bounds memory access")
(assert_return (invoke "masked-load-inside" (i32.const -1)) (i32.const 0x07070707))
(assert_return (invoke "wrapped-difference" (i32.const 1)) (i32.const 7))
(assert_trap (invoke "wrapped-difference" (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "selected" (i32.const 1)) (i32.const 7))
(assert_trap (invoke "selected" (i32.const 0)) "out of bounds memory access")
;; These write over the memory the assertions above read.
(assert_trap (invoke "loop-parameter" (i32.const 10)) "out of bounds memory access")
(assert_trap (invoke "count-down-past-zero" (i32.const 3)) "out of bounds memory access")
(assert_trap (invoke "br-table-back-edge") "out of bounds memory access")
(assert_trap (invoke "scaled-counter") "out of bounds memory access")

;; A memory whose minimum is one page of custom size 1: only the first byte is known to exist.
(module
  (memory 1 (pagesize 1))
  (func (export "second-byte") (result i32)
    (local $i i32)
    (loop $l
      (i32.store8 (local.get $i) (i32.const 1))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 2))))
    (local.get $i)))

(assert_trap (invoke "second-byte") "out of bounds memory access")

;; Two memories: the bound of the small one applies to its accesses.
(module
  (memory $big 4)
  (memory $small 1)
  (func (export "small") (result i32)
    (local $i i32)
    (loop $l
      (i32.store8 $small (local.get $i) (i32.const 1))
      (i32.store8 $big (local.get $i) (i32.const 1))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 100000))))
    (local.get $i))
  (func (export "big") (result i32)
    (local $i i32)
    (loop $l
      (i32.store8 $big (local.get $i) (i32.const 1))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 100000))))
    (local.get $i)))

(assert_trap (invoke "small") "out of bounds memory access")
(assert_return (invoke "big") (i32.const 100000))
