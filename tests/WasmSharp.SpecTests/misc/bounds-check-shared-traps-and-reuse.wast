;; Failed bounds checks branch to one trap block per IL stack shape; checks of a local already
;; checked with an extent at least as large (and not written since, with no label between) are
;; skipped. Both must still trap exactly where the spec says.

(module
  (memory 1)
  (func (export "shapes") (param i32 i32) (result i32)
    ;; different values below the address on the stack at each access
    (i32.add
      (i32.load (local.get 0))
      (i32.add (i32.const 7) (i32.load8_u offset=3 (local.get 1)))))
  (func (export "in_try") (param i32) (result i32)
    ;; inside a protected region the trap stays inline; catch_all must not catch it
    (block $h
      (try_table (catch_all $h)
        (drop (i32.load (local.get 0))))
      (return (i32.const 1)))
    (i32.const 2))
  (func (export "reuse") (param i32) (result i32)
    ;; widest first: the narrower accesses through the same local skip their checks
    (i32.add
      (i32.load offset=8 (local.get 0))
      (i32.add (i32.load offset=4 (local.get 0)) (i32.load8_u (local.get 0)))))
  (func (export "grow_then_wider") (param i32) (result i32)
    ;; a narrow check does not cover a wider access of the same local
    (i32.add (i32.load8_u (local.get 0)) (i32.load offset=8 (local.get 0))))
  (func (export "after_set") (param i32 i32) (result i32)
    ;; a write to the local discards what was checked for it
    (drop (i32.load offset=8 (local.get 0)))
    (local.set 0 (local.get 1))
    (i32.load offset=8 (local.get 0)))
  (func (export "after_tee") (param i32 i32) (result i32)
    (drop (i32.load offset=8 (local.get 0)))
    (i32.load offset=8 (local.tee 0 (local.get 1))))
  (func (export "after_label") (param i32 i32) (result i32)
    ;; the second access is reached from a branch that skipped the first check
    (block $skip
      (br_if $skip (local.get 1))
      (drop (i32.load offset=8 (local.get 0))))
    (i32.load offset=4 (local.get 0)))
  (func (export "store_shapes") (param i32 i64)
    (i64.store offset=1 (local.get 0) (local.get 1))
    (i64.store (local.get 0) (local.get 1)))
)

(assert_return (invoke "shapes" (i32.const 0) (i32.const 0)) (i32.const 7))
(assert_trap (invoke "shapes" (i32.const 65533) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "shapes" (i32.const 0) (i32.const 65533)) "out of bounds memory access")
(assert_return (invoke "shapes" (i32.const 0) (i32.const 65532)) (i32.const 7))
(assert_return (invoke "in_try" (i32.const 65532)) (i32.const 1))
(assert_trap (invoke "in_try" (i32.const 65533)) "out of bounds memory access")
(assert_return (invoke "reuse" (i32.const 65524)) (i32.const 0))
(assert_trap (invoke "reuse" (i32.const 65525)) "out of bounds memory access")
(assert_trap (invoke "grow_then_wider" (i32.const 65530)) "out of bounds memory access")
(assert_return (invoke "grow_then_wider" (i32.const 65524)) (i32.const 0))
(assert_return (invoke "after_set" (i32.const 0) (i32.const 65524)) (i32.const 0))
(assert_trap (invoke "after_set" (i32.const 0) (i32.const 65525)) "out of bounds memory access")
(assert_trap (invoke "after_tee" (i32.const 0) (i32.const 65525)) "out of bounds memory access")
(assert_return (invoke "after_label" (i32.const 65528) (i32.const 1)) (i32.const 0))
(assert_trap (invoke "after_label" (i32.const 65533) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "after_label" (i32.const 65528) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "store_shapes" (i32.const 65527) (i64.const -1)))
(assert_trap (invoke "store_shapes" (i32.const 65528) (i64.const -1)) "out of bounds memory access")
(assert_return (invoke "shapes" (i32.const 65528) (i32.const 0)) (i32.const 6))
