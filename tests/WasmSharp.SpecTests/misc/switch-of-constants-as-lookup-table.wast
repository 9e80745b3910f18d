;; A br_table over 1200 nested blocks whose case bodies set one local to a constant and branch to one label
;; (over the split threshold, so compiled as a lookup table: ConstantSwitch). Entry 3 goes to the join
;; directly, case 5 falls through into case 6, case 7 has another shape, the default is a constant case.
(module
  (func (export "lookup") (param i32) (result i32)
    (local i32 i32)
    i32.const -7
    local.set 1
    block $join
    block $c1200
    block $c1199
    block $c1198
    block $c1197
    block $c1196
    block $c1195
    block $c1194
    block $c1193
    block $c1192
    block $c1191
    block $c1190
    block $c1189
    block $c1188
    block $c1187
    block $c1186
    block $c1185
    block $c1184
    block $c1183
    block $c1182
    block $c1181
    block $c1180
    block $c1179
    block $c1178
    block $c1177
    block $c1176
    block $c1175
    block $c1174
    block $c1173
    block $c1172
    block $c1171
    block $c1170
    block $c1169
    block $c1168
    block $c1167
    block $c1166
    block $c1165
    block $c1164
    block $c1163
    block $c1162
    block $c1161
    block $c1160
    block $c1159
    block $c1158
    block $c1157
    block $c1156
    block $c1155
    block $c1154
    block $c1153
    block $c1152
    block $c1151
    block $c1150
    block $c1149
    block $c1148
    block $c1147
    block $c1146
    block $c1145
    block $c1144
    block $c1143
    block $c1142
    block $c1141
    block $c1140
    block $c1139
    block $c1138
    block $c1137
    block $c1136
    block $c1135
    block $c1134
    block $c1133
    block $c1132
    block $c1131
    block $c1130
    block $c1129
    block $c1128
    block $c1127
    block $c1126
    block $c1125
    block $c1124
    block $c1123
    block $c1122
    block $c1121
    block $c1120
    block $c1119
    block $c1118
    block $c1117
    block $c1116
    block $c1115
    block $c1114
    block $c1113
    block $c1112
    block $c1111
    block $c1110
    block $c1109
    block $c1108
    block $c1107
    block $c1106
    block $c1105
    block $c1104
    block $c1103
    block $c1102
    block $c1101
    block $c1100
    block $c1099
    block $c1098
    block $c1097
    block $c1096
    block $c1095
    block $c1094
    block $c1093
    block $c1092
    block $c1091
    block $c1090
    block $c1089
    block $c1088
    block $c1087
    block $c1086
    block $c1085
    block $c1084
    block $c1083
    block $c1082
    block $c1081
    block $c1080
    block $c1079
    block $c1078
    block $c1077
    block $c1076
    block $c1075
    block $c1074
    block $c1073
    block $c1072
    block $c1071
    block $c1070
    block $c1069
    block $c1068
    block $c1067
    block $c1066
    block $c1065
    block $c1064
    block $c1063
    block $c1062
    block $c1061
    block $c1060
    block $c1059
    block $c1058
    block $c1057
    block $c1056
    block $c1055
    block $c1054
    block $c1053
    block $c1052
    block $c1051
    block $c1050
    block $c1049
    block $c1048
    block $c1047
    block $c1046
    block $c1045
    block $c1044
    block $c1043
    block $c1042
    block $c1041
    block $c1040
    block $c1039
    block $c1038
    block $c1037
    block $c1036
    block $c1035
    block $c1034
    block $c1033
    block $c1032
    block $c1031
    block $c1030
    block $c1029
    block $c1028
    block $c1027
    block $c1026
    block $c1025
    block $c1024
    block $c1023
    block $c1022
    block $c1021
    block $c1020
    block $c1019
    block $c1018
    block $c1017
    block $c1016
    block $c1015
    block $c1014
    block $c1013
    block $c1012
    block $c1011
    block $c1010
    block $c1009
    block $c1008
    block $c1007
    block $c1006
    block $c1005
    block $c1004
    block $c1003
    block $c1002
    block $c1001
    block $c1000
    block $c999
    block $c998
    block $c997
    block $c996
    block $c995
    block $c994
    block $c993
    block $c992
    block $c991
    block $c990
    block $c989
    block $c988
    block $c987
    block $c986
    block $c985
    block $c984
    block $c983
    block $c982
    block $c981
    block $c980
    block $c979
    block $c978
    block $c977
    block $c976
    block $c975
    block $c974
    block $c973
    block $c972
    block $c971
    block $c970
    block $c969
    block $c968
    block $c967
    block $c966
    block $c965
    block $c964
    block $c963
    block $c962
    block $c961
    block $c960
    block $c959
    block $c958
    block $c957
    block $c956
    block $c955
    block $c954
    block $c953
    block $c952
    block $c951
    block $c950
    block $c949
    block $c948
    block $c947
    block $c946
    block $c945
    block $c944
    block $c943
    block $c942
    block $c941
    block $c940
    block $c939
    block $c938
    block $c937
    block $c936
    block $c935
    block $c934
    block $c933
    block $c932
    block $c931
    block $c930
    block $c929
    block $c928
    block $c927
    block $c926
    block $c925
    block $c924
    block $c923
    block $c922
    block $c921
    block $c920
    block $c919
    block $c918
    block $c917
    block $c916
    block $c915
    block $c914
    block $c913
    block $c912
    block $c911
    block $c910
    block $c909
    block $c908
    block $c907
    block $c906
    block $c905
    block $c904
    block $c903
    block $c902
    block $c901
    block $c900
    block $c899
    block $c898
    block $c897
    block $c896
    block $c895
    block $c894
    block $c893
    block $c892
    block $c891
    block $c890
    block $c889
    block $c888
    block $c887
    block $c886
    block $c885
    block $c884
    block $c883
    block $c882
    block $c881
    block $c880
    block $c879
    block $c878
    block $c877
    block $c876
    block $c875
    block $c874
    block $c873
    block $c872
    block $c871
    block $c870
    block $c869
    block $c868
    block $c867
    block $c866
    block $c865
    block $c864
    block $c863
    block $c862
    block $c861
    block $c860
    block $c859
    block $c858
    block $c857
    block $c856
    block $c855
    block $c854
    block $c853
    block $c852
    block $c851
    block $c850
    block $c849
    block $c848
    block $c847
    block $c846
    block $c845
    block $c844
    block $c843
    block $c842
    block $c841
    block $c840
    block $c839
    block $c838
    block $c837
    block $c836
    block $c835
    block $c834
    block $c833
    block $c832
    block $c831
    block $c830
    block $c829
    block $c828
    block $c827
    block $c826
    block $c825
    block $c824
    block $c823
    block $c822
    block $c821
    block $c820
    block $c819
    block $c818
    block $c817
    block $c816
    block $c815
    block $c814
    block $c813
    block $c812
    block $c811
    block $c810
    block $c809
    block $c808
    block $c807
    block $c806
    block $c805
    block $c804
    block $c803
    block $c802
    block $c801
    block $c800
    block $c799
    block $c798
    block $c797
    block $c796
    block $c795
    block $c794
    block $c793
    block $c792
    block $c791
    block $c790
    block $c789
    block $c788
    block $c787
    block $c786
    block $c785
    block $c784
    block $c783
    block $c782
    block $c781
    block $c780
    block $c779
    block $c778
    block $c777
    block $c776
    block $c775
    block $c774
    block $c773
    block $c772
    block $c771
    block $c770
    block $c769
    block $c768
    block $c767
    block $c766
    block $c765
    block $c764
    block $c763
    block $c762
    block $c761
    block $c760
    block $c759
    block $c758
    block $c757
    block $c756
    block $c755
    block $c754
    block $c753
    block $c752
    block $c751
    block $c750
    block $c749
    block $c748
    block $c747
    block $c746
    block $c745
    block $c744
    block $c743
    block $c742
    block $c741
    block $c740
    block $c739
    block $c738
    block $c737
    block $c736
    block $c735
    block $c734
    block $c733
    block $c732
    block $c731
    block $c730
    block $c729
    block $c728
    block $c727
    block $c726
    block $c725
    block $c724
    block $c723
    block $c722
    block $c721
    block $c720
    block $c719
    block $c718
    block $c717
    block $c716
    block $c715
    block $c714
    block $c713
    block $c712
    block $c711
    block $c710
    block $c709
    block $c708
    block $c707
    block $c706
    block $c705
    block $c704
    block $c703
    block $c702
    block $c701
    block $c700
    block $c699
    block $c698
    block $c697
    block $c696
    block $c695
    block $c694
    block $c693
    block $c692
    block $c691
    block $c690
    block $c689
    block $c688
    block $c687
    block $c686
    block $c685
    block $c684
    block $c683
    block $c682
    block $c681
    block $c680
    block $c679
    block $c678
    block $c677
    block $c676
    block $c675
    block $c674
    block $c673
    block $c672
    block $c671
    block $c670
    block $c669
    block $c668
    block $c667
    block $c666
    block $c665
    block $c664
    block $c663
    block $c662
    block $c661
    block $c660
    block $c659
    block $c658
    block $c657
    block $c656
    block $c655
    block $c654
    block $c653
    block $c652
    block $c651
    block $c650
    block $c649
    block $c648
    block $c647
    block $c646
    block $c645
    block $c644
    block $c643
    block $c642
    block $c641
    block $c640
    block $c639
    block $c638
    block $c637
    block $c636
    block $c635
    block $c634
    block $c633
    block $c632
    block $c631
    block $c630
    block $c629
    block $c628
    block $c627
    block $c626
    block $c625
    block $c624
    block $c623
    block $c622
    block $c621
    block $c620
    block $c619
    block $c618
    block $c617
    block $c616
    block $c615
    block $c614
    block $c613
    block $c612
    block $c611
    block $c610
    block $c609
    block $c608
    block $c607
    block $c606
    block $c605
    block $c604
    block $c603
    block $c602
    block $c601
    block $c600
    block $c599
    block $c598
    block $c597
    block $c596
    block $c595
    block $c594
    block $c593
    block $c592
    block $c591
    block $c590
    block $c589
    block $c588
    block $c587
    block $c586
    block $c585
    block $c584
    block $c583
    block $c582
    block $c581
    block $c580
    block $c579
    block $c578
    block $c577
    block $c576
    block $c575
    block $c574
    block $c573
    block $c572
    block $c571
    block $c570
    block $c569
    block $c568
    block $c567
    block $c566
    block $c565
    block $c564
    block $c563
    block $c562
    block $c561
    block $c560
    block $c559
    block $c558
    block $c557
    block $c556
    block $c555
    block $c554
    block $c553
    block $c552
    block $c551
    block $c550
    block $c549
    block $c548
    block $c547
    block $c546
    block $c545
    block $c544
    block $c543
    block $c542
    block $c541
    block $c540
    block $c539
    block $c538
    block $c537
    block $c536
    block $c535
    block $c534
    block $c533
    block $c532
    block $c531
    block $c530
    block $c529
    block $c528
    block $c527
    block $c526
    block $c525
    block $c524
    block $c523
    block $c522
    block $c521
    block $c520
    block $c519
    block $c518
    block $c517
    block $c516
    block $c515
    block $c514
    block $c513
    block $c512
    block $c511
    block $c510
    block $c509
    block $c508
    block $c507
    block $c506
    block $c505
    block $c504
    block $c503
    block $c502
    block $c501
    block $c500
    block $c499
    block $c498
    block $c497
    block $c496
    block $c495
    block $c494
    block $c493
    block $c492
    block $c491
    block $c490
    block $c489
    block $c488
    block $c487
    block $c486
    block $c485
    block $c484
    block $c483
    block $c482
    block $c481
    block $c480
    block $c479
    block $c478
    block $c477
    block $c476
    block $c475
    block $c474
    block $c473
    block $c472
    block $c471
    block $c470
    block $c469
    block $c468
    block $c467
    block $c466
    block $c465
    block $c464
    block $c463
    block $c462
    block $c461
    block $c460
    block $c459
    block $c458
    block $c457
    block $c456
    block $c455
    block $c454
    block $c453
    block $c452
    block $c451
    block $c450
    block $c449
    block $c448
    block $c447
    block $c446
    block $c445
    block $c444
    block $c443
    block $c442
    block $c441
    block $c440
    block $c439
    block $c438
    block $c437
    block $c436
    block $c435
    block $c434
    block $c433
    block $c432
    block $c431
    block $c430
    block $c429
    block $c428
    block $c427
    block $c426
    block $c425
    block $c424
    block $c423
    block $c422
    block $c421
    block $c420
    block $c419
    block $c418
    block $c417
    block $c416
    block $c415
    block $c414
    block $c413
    block $c412
    block $c411
    block $c410
    block $c409
    block $c408
    block $c407
    block $c406
    block $c405
    block $c404
    block $c403
    block $c402
    block $c401
    block $c400
    block $c399
    block $c398
    block $c397
    block $c396
    block $c395
    block $c394
    block $c393
    block $c392
    block $c391
    block $c390
    block $c389
    block $c388
    block $c387
    block $c386
    block $c385
    block $c384
    block $c383
    block $c382
    block $c381
    block $c380
    block $c379
    block $c378
    block $c377
    block $c376
    block $c375
    block $c374
    block $c373
    block $c372
    block $c371
    block $c370
    block $c369
    block $c368
    block $c367
    block $c366
    block $c365
    block $c364
    block $c363
    block $c362
    block $c361
    block $c360
    block $c359
    block $c358
    block $c357
    block $c356
    block $c355
    block $c354
    block $c353
    block $c352
    block $c351
    block $c350
    block $c349
    block $c348
    block $c347
    block $c346
    block $c345
    block $c344
    block $c343
    block $c342
    block $c341
    block $c340
    block $c339
    block $c338
    block $c337
    block $c336
    block $c335
    block $c334
    block $c333
    block $c332
    block $c331
    block $c330
    block $c329
    block $c328
    block $c327
    block $c326
    block $c325
    block $c324
    block $c323
    block $c322
    block $c321
    block $c320
    block $c319
    block $c318
    block $c317
    block $c316
    block $c315
    block $c314
    block $c313
    block $c312
    block $c311
    block $c310
    block $c309
    block $c308
    block $c307
    block $c306
    block $c305
    block $c304
    block $c303
    block $c302
    block $c301
    block $c300
    block $c299
    block $c298
    block $c297
    block $c296
    block $c295
    block $c294
    block $c293
    block $c292
    block $c291
    block $c290
    block $c289
    block $c288
    block $c287
    block $c286
    block $c285
    block $c284
    block $c283
    block $c282
    block $c281
    block $c280
    block $c279
    block $c278
    block $c277
    block $c276
    block $c275
    block $c274
    block $c273
    block $c272
    block $c271
    block $c270
    block $c269
    block $c268
    block $c267
    block $c266
    block $c265
    block $c264
    block $c263
    block $c262
    block $c261
    block $c260
    block $c259
    block $c258
    block $c257
    block $c256
    block $c255
    block $c254
    block $c253
    block $c252
    block $c251
    block $c250
    block $c249
    block $c248
    block $c247
    block $c246
    block $c245
    block $c244
    block $c243
    block $c242
    block $c241
    block $c240
    block $c239
    block $c238
    block $c237
    block $c236
    block $c235
    block $c234
    block $c233
    block $c232
    block $c231
    block $c230
    block $c229
    block $c228
    block $c227
    block $c226
    block $c225
    block $c224
    block $c223
    block $c222
    block $c221
    block $c220
    block $c219
    block $c218
    block $c217
    block $c216
    block $c215
    block $c214
    block $c213
    block $c212
    block $c211
    block $c210
    block $c209
    block $c208
    block $c207
    block $c206
    block $c205
    block $c204
    block $c203
    block $c202
    block $c201
    block $c200
    block $c199
    block $c198
    block $c197
    block $c196
    block $c195
    block $c194
    block $c193
    block $c192
    block $c191
    block $c190
    block $c189
    block $c188
    block $c187
    block $c186
    block $c185
    block $c184
    block $c183
    block $c182
    block $c181
    block $c180
    block $c179
    block $c178
    block $c177
    block $c176
    block $c175
    block $c174
    block $c173
    block $c172
    block $c171
    block $c170
    block $c169
    block $c168
    block $c167
    block $c166
    block $c165
    block $c164
    block $c163
    block $c162
    block $c161
    block $c160
    block $c159
    block $c158
    block $c157
    block $c156
    block $c155
    block $c154
    block $c153
    block $c152
    block $c151
    block $c150
    block $c149
    block $c148
    block $c147
    block $c146
    block $c145
    block $c144
    block $c143
    block $c142
    block $c141
    block $c140
    block $c139
    block $c138
    block $c137
    block $c136
    block $c135
    block $c134
    block $c133
    block $c132
    block $c131
    block $c130
    block $c129
    block $c128
    block $c127
    block $c126
    block $c125
    block $c124
    block $c123
    block $c122
    block $c121
    block $c120
    block $c119
    block $c118
    block $c117
    block $c116
    block $c115
    block $c114
    block $c113
    block $c112
    block $c111
    block $c110
    block $c109
    block $c108
    block $c107
    block $c106
    block $c105
    block $c104
    block $c103
    block $c102
    block $c101
    block $c100
    block $c99
    block $c98
    block $c97
    block $c96
    block $c95
    block $c94
    block $c93
    block $c92
    block $c91
    block $c90
    block $c89
    block $c88
    block $c87
    block $c86
    block $c85
    block $c84
    block $c83
    block $c82
    block $c81
    block $c80
    block $c79
    block $c78
    block $c77
    block $c76
    block $c75
    block $c74
    block $c73
    block $c72
    block $c71
    block $c70
    block $c69
    block $c68
    block $c67
    block $c66
    block $c65
    block $c64
    block $c63
    block $c62
    block $c61
    block $c60
    block $c59
    block $c58
    block $c57
    block $c56
    block $c55
    block $c54
    block $c53
    block $c52
    block $c51
    block $c50
    block $c49
    block $c48
    block $c47
    block $c46
    block $c45
    block $c44
    block $c43
    block $c42
    block $c41
    block $c40
    block $c39
    block $c38
    block $c37
    block $c36
    block $c35
    block $c34
    block $c33
    block $c32
    block $c31
    block $c30
    block $c29
    block $c28
    block $c27
    block $c26
    block $c25
    block $c24
    block $c23
    block $c22
    block $c21
    block $c20
    block $c19
    block $c18
    block $c17
    block $c16
    block $c15
    block $c14
    block $c13
    block $c12
    block $c11
    block $c10
    block $c9
    block $c8
    block $c7
    block $c6
    block $c5
    block $c4
    block $c3
    block $c2
    block $c1
    block $c0
    local.get 0
    br_table $c0 $c1 $c2 $join $c4 $c5 $c6 $c7 $c8 $c9 $c10 $c11 $c12 $c13 $c14 $c15 $c16 $c17 $c18 $c19 $c20 $c21 $c22 $c23 $c24 $c25 $c26 $c27 $c28 $c29 $c30 $c31 $c32 $c33 $c34 $c35 $c36 $c37 $c38 $c39 $c40 $c41 $c42 $c43 $c44 $c45 $c46 $c47 $c48 $c49 $c50 $c51 $c52 $c53 $c54 $c55 $c56 $c57 $c58 $c59 $c60 $c61 $c62 $c63 $c64 $c65 $c66 $c67 $c68 $c69 $c70 $c71 $c72 $c73 $c74 $c75 $c76 $c77 $c78 $c79 $c80 $c81 $c82 $c83 $c84 $c85 $c86 $c87 $c88 $c89 $c90 $c91 $c92 $c93 $c94 $c95 $c96 $c97 $c98 $c99 $c100 $c101 $c102 $c103 $c104 $c105 $c106 $c107 $c108 $c109 $c110 $c111 $c112 $c113 $c114 $c115 $c116 $c117 $c118 $c119 $c120 $c121 $c122 $c123 $c124 $c125 $c126 $c127 $c128 $c129 $c130 $c131 $c132 $c133 $c134 $c135 $c136 $c137 $c138 $c139 $c140 $c141 $c142 $c143 $c144 $c145 $c146 $c147 $c148 $c149 $c150 $c151 $c152 $c153 $c154 $c155 $c156 $c157 $c158 $c159 $c160 $c161 $c162 $c163 $c164 $c165 $c166 $c167 $c168 $c169 $c170 $c171 $c172 $c173 $c174 $c175 $c176 $c177 $c178 $c179 $c180 $c181 $c182 $c183 $c184 $c185 $c186 $c187 $c188 $c189 $c190 $c191 $c192 $c193 $c194 $c195 $c196 $c197 $c198 $c199 $c200 $c201 $c202 $c203 $c204 $c205 $c206 $c207 $c208 $c209 $c210 $c211 $c212 $c213 $c214 $c215 $c216 $c217 $c218 $c219 $c220 $c221 $c222 $c223 $c224 $c225 $c226 $c227 $c228 $c229 $c230 $c231 $c232 $c233 $c234 $c235 $c236 $c237 $c238 $c239 $c240 $c241 $c242 $c243 $c244 $c245 $c246 $c247 $c248 $c249 $c250 $c251 $c252 $c253 $c254 $c255 $c256 $c257 $c258 $c259 $c260 $c261 $c262 $c263 $c264 $c265 $c266 $c267 $c268 $c269 $c270 $c271 $c272 $c273 $c274 $c275 $c276 $c277 $c278 $c279 $c280 $c281 $c282 $c283 $c284 $c285 $c286 $c287 $c288 $c289 $c290 $c291 $c292 $c293 $c294 $c295 $c296 $c297 $c298 $c299 $c300 $c301 $c302 $c303 $c304 $c305 $c306 $c307 $c308 $c309 $c310 $c311 $c312 $c313 $c314 $c315 $c316 $c317 $c318 $c319 $c320 $c321 $c322 $c323 $c324 $c325 $c326 $c327 $c328 $c329 $c330 $c331 $c332 $c333 $c334 $c335 $c336 $c337 $c338 $c339 $c340 $c341 $c342 $c343 $c344 $c345 $c346 $c347 $c348 $c349 $c350 $c351 $c352 $c353 $c354 $c355 $c356 $c357 $c358 $c359 $c360 $c361 $c362 $c363 $c364 $c365 $c366 $c367 $c368 $c369 $c370 $c371 $c372 $c373 $c374 $c375 $c376 $c377 $c378 $c379 $c380 $c381 $c382 $c383 $c384 $c385 $c386 $c387 $c388 $c389 $c390 $c391 $c392 $c393 $c394 $c395 $c396 $c397 $c398 $c399 $c400 $c401 $c402 $c403 $c404 $c405 $c406 $c407 $c408 $c409 $c410 $c411 $c412 $c413 $c414 $c415 $c416 $c417 $c418 $c419 $c420 $c421 $c422 $c423 $c424 $c425 $c426 $c427 $c428 $c429 $c430 $c431 $c432 $c433 $c434 $c435 $c436 $c437 $c438 $c439 $c440 $c441 $c442 $c443 $c444 $c445 $c446 $c447 $c448 $c449 $c450 $c451 $c452 $c453 $c454 $c455 $c456 $c457 $c458 $c459 $c460 $c461 $c462 $c463 $c464 $c465 $c466 $c467 $c468 $c469 $c470 $c471 $c472 $c473 $c474 $c475 $c476 $c477 $c478 $c479 $c480 $c481 $c482 $c483 $c484 $c485 $c486 $c487 $c488 $c489 $c490 $c491 $c492 $c493 $c494 $c495 $c496 $c497 $c498 $c499 $c500 $c501 $c502 $c503 $c504 $c505 $c506 $c507 $c508 $c509 $c510 $c511 $c512 $c513 $c514 $c515 $c516 $c517 $c518 $c519 $c520 $c521 $c522 $c523 $c524 $c525 $c526 $c527 $c528 $c529 $c530 $c531 $c532 $c533 $c534 $c535 $c536 $c537 $c538 $c539 $c540 $c541 $c542 $c543 $c544 $c545 $c546 $c547 $c548 $c549 $c550 $c551 $c552 $c553 $c554 $c555 $c556 $c557 $c558 $c559 $c560 $c561 $c562 $c563 $c564 $c565 $c566 $c567 $c568 $c569 $c570 $c571 $c572 $c573 $c574 $c575 $c576 $c577 $c578 $c579 $c580 $c581 $c582 $c583 $c584 $c585 $c586 $c587 $c588 $c589 $c590 $c591 $c592 $c593 $c594 $c595 $c596 $c597 $c598 $c599 $c600 $c601 $c602 $c603 $c604 $c605 $c606 $c607 $c608 $c609 $c610 $c611 $c612 $c613 $c614 $c615 $c616 $c617 $c618 $c619 $c620 $c621 $c622 $c623 $c624 $c625 $c626 $c627 $c628 $c629 $c630 $c631 $c632 $c633 $c634 $c635 $c636 $c637 $c638 $c639 $c640 $c641 $c642 $c643 $c644 $c645 $c646 $c647 $c648 $c649 $c650 $c651 $c652 $c653 $c654 $c655 $c656 $c657 $c658 $c659 $c660 $c661 $c662 $c663 $c664 $c665 $c666 $c667 $c668 $c669 $c670 $c671 $c672 $c673 $c674 $c675 $c676 $c677 $c678 $c679 $c680 $c681 $c682 $c683 $c684 $c685 $c686 $c687 $c688 $c689 $c690 $c691 $c692 $c693 $c694 $c695 $c696 $c697 $c698 $c699 $c700 $c701 $c702 $c703 $c704 $c705 $c706 $c707 $c708 $c709 $c710 $c711 $c712 $c713 $c714 $c715 $c716 $c717 $c718 $c719 $c720 $c721 $c722 $c723 $c724 $c725 $c726 $c727 $c728 $c729 $c730 $c731 $c732 $c733 $c734 $c735 $c736 $c737 $c738 $c739 $c740 $c741 $c742 $c743 $c744 $c745 $c746 $c747 $c748 $c749 $c750 $c751 $c752 $c753 $c754 $c755 $c756 $c757 $c758 $c759 $c760 $c761 $c762 $c763 $c764 $c765 $c766 $c767 $c768 $c769 $c770 $c771 $c772 $c773 $c774 $c775 $c776 $c777 $c778 $c779 $c780 $c781 $c782 $c783 $c784 $c785 $c786 $c787 $c788 $c789 $c790 $c791 $c792 $c793 $c794 $c795 $c796 $c797 $c798 $c799 $c800 $c801 $c802 $c803 $c804 $c805 $c806 $c807 $c808 $c809 $c810 $c811 $c812 $c813 $c814 $c815 $c816 $c817 $c818 $c819 $c820 $c821 $c822 $c823 $c824 $c825 $c826 $c827 $c828 $c829 $c830 $c831 $c832 $c833 $c834 $c835 $c836 $c837 $c838 $c839 $c840 $c841 $c842 $c843 $c844 $c845 $c846 $c847 $c848 $c849 $c850 $c851 $c852 $c853 $c854 $c855 $c856 $c857 $c858 $c859 $c860 $c861 $c862 $c863 $c864 $c865 $c866 $c867 $c868 $c869 $c870 $c871 $c872 $c873 $c874 $c875 $c876 $c877 $c878 $c879 $c880 $c881 $c882 $c883 $c884 $c885 $c886 $c887 $c888 $c889 $c890 $c891 $c892 $c893 $c894 $c895 $c896 $c897 $c898 $c899 $c900 $c901 $c902 $c903 $c904 $c905 $c906 $c907 $c908 $c909 $c910 $c911 $c912 $c913 $c914 $c915 $c916 $c917 $c918 $c919 $c920 $c921 $c922 $c923 $c924 $c925 $c926 $c927 $c928 $c929 $c930 $c931 $c932 $c933 $c934 $c935 $c936 $c937 $c938 $c939 $c940 $c941 $c942 $c943 $c944 $c945 $c946 $c947 $c948 $c949 $c950 $c951 $c952 $c953 $c954 $c955 $c956 $c957 $c958 $c959 $c960 $c961 $c962 $c963 $c964 $c965 $c966 $c967 $c968 $c969 $c970 $c971 $c972 $c973 $c974 $c975 $c976 $c977 $c978 $c979 $c980 $c981 $c982 $c983 $c984 $c985 $c986 $c987 $c988 $c989 $c990 $c991 $c992 $c993 $c994 $c995 $c996 $c997 $c998 $c999 $c1000 $c1001 $c1002 $c1003 $c1004 $c1005 $c1006 $c1007 $c1008 $c1009 $c1010 $c1011 $c1012 $c1013 $c1014 $c1015 $c1016 $c1017 $c1018 $c1019 $c1020 $c1021 $c1022 $c1023 $c1024 $c1025 $c1026 $c1027 $c1028 $c1029 $c1030 $c1031 $c1032 $c1033 $c1034 $c1035 $c1036 $c1037 $c1038 $c1039 $c1040 $c1041 $c1042 $c1043 $c1044 $c1045 $c1046 $c1047 $c1048 $c1049 $c1050 $c1051 $c1052 $c1053 $c1054 $c1055 $c1056 $c1057 $c1058 $c1059 $c1060 $c1061 $c1062 $c1063 $c1064 $c1065 $c1066 $c1067 $c1068 $c1069 $c1070 $c1071 $c1072 $c1073 $c1074 $c1075 $c1076 $c1077 $c1078 $c1079 $c1080 $c1081 $c1082 $c1083 $c1084 $c1085 $c1086 $c1087 $c1088 $c1089 $c1090 $c1091 $c1092 $c1093 $c1094 $c1095 $c1096 $c1097 $c1098 $c1099 $c1100 $c1101 $c1102 $c1103 $c1104 $c1105 $c1106 $c1107 $c1108 $c1109 $c1110 $c1111 $c1112 $c1113 $c1114 $c1115 $c1116 $c1117 $c1118 $c1119 $c1120 $c1121 $c1122 $c1123 $c1124 $c1125 $c1126 $c1127 $c1128 $c1129 $c1130 $c1131 $c1132 $c1133 $c1134 $c1135 $c1136 $c1137 $c1138 $c1139 $c1140 $c1141 $c1142 $c1143 $c1144 $c1145 $c1146 $c1147 $c1148 $c1149 $c1150 $c1151 $c1152 $c1153 $c1154 $c1155 $c1156 $c1157 $c1158 $c1159 $c1160 $c1161 $c1162 $c1163 $c1164 $c1165 $c1166 $c1167 $c1168 $c1169 $c1170 $c1171 $c1172 $c1173 $c1174 $c1175 $c1176 $c1177 $c1178 $c1179 $c1180 $c1181 $c1182 $c1183 $c1184 $c1185 $c1186 $c1187 $c1188 $c1189 $c1190 $c1191 $c1192 $c1193 $c1194 $c1195 $c1196 $c1197 $c1198 $c1199 $c1200
    end
    i32.const 0
    local.set 1
    br $join
    end
    i32.const -1640531535
    local.set 1
    br $join
    end
    i32.const 1013904226
    local.set 1
    br $join
    end
    i32.const -626627309
    local.set 1
    br $join
    end
    i32.const 2027808452
    local.set 1
    br $join
    end
    i32.const 555
    local.set 2
    end
    i32.const -1253254618
    local.set 1
    br $join
    end
    i32.const 777
    local.set 1
    i32.const 1
    local.set 2
    br $join
    end
    i32.const -239350392
    local.set 1
    br $join
    end
    i32.const -1879881927
    local.set 1
    br $join
    end
    i32.const 774553834
    local.set 1
    br $join
    end
    i32.const -865977701
    local.set 1
    br $join
    end
    i32.const 1788458060
    local.set 1
    br $join
    end
    i32.const 147926525
    local.set 1
    br $join
    end
    i32.const -1492605010
    local.set 1
    br $join
    end
    i32.const 1161830751
    local.set 1
    br $join
    end
    i32.const -478700784
    local.set 1
    br $join
    end
    i32.const -2119232319
    local.set 1
    br $join
    end
    i32.const 535203442
    local.set 1
    br $join
    end
    i32.const -1105328093
    local.set 1
    br $join
    end
    i32.const 1549107668
    local.set 1
    br $join
    end
    i32.const -91423867
    local.set 1
    br $join
    end
    i32.const -1731955402
    local.set 1
    br $join
    end
    i32.const 922480359
    local.set 1
    br $join
    end
    i32.const -718051176
    local.set 1
    br $join
    end
    i32.const 1936384585
    local.set 1
    br $join
    end
    i32.const 295853050
    local.set 1
    br $join
    end
    i32.const -1344678485
    local.set 1
    br $join
    end
    i32.const 1309757276
    local.set 1
    br $join
    end
    i32.const -330774259
    local.set 1
    br $join
    end
    i32.const -1971305794
    local.set 1
    br $join
    end
    i32.const 683129967
    local.set 1
    br $join
    end
    i32.const -957401568
    local.set 1
    br $join
    end
    i32.const 1697034193
    local.set 1
    br $join
    end
    i32.const 56502658
    local.set 1
    br $join
    end
    i32.const -1584028877
    local.set 1
    br $join
    end
    i32.const 1070406884
    local.set 1
    br $join
    end
    i32.const -570124651
    local.set 1
    br $join
    end
    i32.const 2084311110
    local.set 1
    br $join
    end
    i32.const 443779575
    local.set 1
    br $join
    end
    i32.const -1196751960
    local.set 1
    br $join
    end
    i32.const 1457683801
    local.set 1
    br $join
    end
    i32.const -182847734
    local.set 1
    br $join
    end
    i32.const -1823379269
    local.set 1
    br $join
    end
    i32.const 831056492
    local.set 1
    br $join
    end
    i32.const -809475043
    local.set 1
    br $join
    end
    i32.const 1844960718
    local.set 1
    br $join
    end
    i32.const 204429183
    local.set 1
    br $join
    end
    i32.const -1436102352
    local.set 1
    br $join
    end
    i32.const 1218333409
    local.set 1
    br $join
    end
    i32.const -422198126
    local.set 1
    br $join
    end
    i32.const -2062729661
    local.set 1
    br $join
    end
    i32.const 591706100
    local.set 1
    br $join
    end
    i32.const -1048825435
    local.set 1
    br $join
    end
    i32.const 1605610326
    local.set 1
    br $join
    end
    i32.const -34921209
    local.set 1
    br $join
    end
    i32.const -1675452744
    local.set 1
    br $join
    end
    i32.const 978983017
    local.set 1
    br $join
    end
    i32.const -661548518
    local.set 1
    br $join
    end
    i32.const 1992887243
    local.set 1
    br $join
    end
    i32.const 352355708
    local.set 1
    br $join
    end
    i32.const -1288175827
    local.set 1
    br $join
    end
    i32.const 1366259934
    local.set 1
    br $join
    end
    i32.const -274271601
    local.set 1
    br $join
    end
    i32.const -1914803136
    local.set 1
    br $join
    end
    i32.const 739632625
    local.set 1
    br $join
    end
    i32.const -900898910
    local.set 1
    br $join
    end
    i32.const 1753536851
    local.set 1
    br $join
    end
    i32.const 113005316
    local.set 1
    br $join
    end
    i32.const -1527526219
    local.set 1
    br $join
    end
    i32.const 1126909542
    local.set 1
    br $join
    end
    i32.const -513621993
    local.set 1
    br $join
    end
    i32.const 2140813768
    local.set 1
    br $join
    end
    i32.const 500282233
    local.set 1
    br $join
    end
    i32.const -1140249302
    local.set 1
    br $join
    end
    i32.const 1514186459
    local.set 1
    br $join
    end
    i32.const -126345076
    local.set 1
    br $join
    end
    i32.const -1766876611
    local.set 1
    br $join
    end
    i32.const 887559150
    local.set 1
    br $join
    end
    i32.const -752972385
    local.set 1
    br $join
    end
    i32.const 1901463376
    local.set 1
    br $join
    end
    i32.const 260931841
    local.set 1
    br $join
    end
    i32.const -1379599694
    local.set 1
    br $join
    end
    i32.const 1274836067
    local.set 1
    br $join
    end
    i32.const -365695468
    local.set 1
    br $join
    end
    i32.const -2006227003
    local.set 1
    br $join
    end
    i32.const 648208758
    local.set 1
    br $join
    end
    i32.const -992322777
    local.set 1
    br $join
    end
    i32.const 1662112984
    local.set 1
    br $join
    end
    i32.const 21581449
    local.set 1
    br $join
    end
    i32.const -1618950086
    local.set 1
    br $join
    end
    i32.const 1035485675
    local.set 1
    br $join
    end
    i32.const -605045860
    local.set 1
    br $join
    end
    i32.const 2049389901
    local.set 1
    br $join
    end
    i32.const 408858366
    local.set 1
    br $join
    end
    i32.const -1231673169
    local.set 1
    br $join
    end
    i32.const 1422762592
    local.set 1
    br $join
    end
    i32.const -217768943
    local.set 1
    br $join
    end
    i32.const -1858300478
    local.set 1
    br $join
    end
    i32.const 796135283
    local.set 1
    br $join
    end
    i32.const -844396252
    local.set 1
    br $join
    end
    i32.const 1810039509
    local.set 1
    br $join
    end
    i32.const 169507974
    local.set 1
    br $join
    end
    i32.const -1471023561
    local.set 1
    br $join
    end
    i32.const 1183412200
    local.set 1
    br $join
    end
    i32.const -457119335
    local.set 1
    br $join
    end
    i32.const -2097650870
    local.set 1
    br $join
    end
    i32.const 556784891
    local.set 1
    br $join
    end
    i32.const -1083746644
    local.set 1
    br $join
    end
    i32.const 1570689117
    local.set 1
    br $join
    end
    i32.const -69842418
    local.set 1
    br $join
    end
    i32.const -1710373953
    local.set 1
    br $join
    end
    i32.const 944061808
    local.set 1
    br $join
    end
    i32.const -696469727
    local.set 1
    br $join
    end
    i32.const 1957966034
    local.set 1
    br $join
    end
    i32.const 317434499
    local.set 1
    br $join
    end
    i32.const -1323097036
    local.set 1
    br $join
    end
    i32.const 1331338725
    local.set 1
    br $join
    end
    i32.const -309192810
    local.set 1
    br $join
    end
    i32.const -1949724345
    local.set 1
    br $join
    end
    i32.const 704711416
    local.set 1
    br $join
    end
    i32.const -935820119
    local.set 1
    br $join
    end
    i32.const 1718615642
    local.set 1
    br $join
    end
    i32.const 78084107
    local.set 1
    br $join
    end
    i32.const -1562447428
    local.set 1
    br $join
    end
    i32.const 1091988333
    local.set 1
    br $join
    end
    i32.const -548543202
    local.set 1
    br $join
    end
    i32.const 2105892559
    local.set 1
    br $join
    end
    i32.const 465361024
    local.set 1
    br $join
    end
    i32.const -1175170511
    local.set 1
    br $join
    end
    i32.const 1479265250
    local.set 1
    br $join
    end
    i32.const -161266285
    local.set 1
    br $join
    end
    i32.const -1801797820
    local.set 1
    br $join
    end
    i32.const 852637941
    local.set 1
    br $join
    end
    i32.const -787893594
    local.set 1
    br $join
    end
    i32.const 1866542167
    local.set 1
    br $join
    end
    i32.const 226010632
    local.set 1
    br $join
    end
    i32.const -1414520903
    local.set 1
    br $join
    end
    i32.const 1239914858
    local.set 1
    br $join
    end
    i32.const -400616677
    local.set 1
    br $join
    end
    i32.const -2041148212
    local.set 1
    br $join
    end
    i32.const 613287549
    local.set 1
    br $join
    end
    i32.const -1027243986
    local.set 1
    br $join
    end
    i32.const 1627191775
    local.set 1
    br $join
    end
    i32.const -13339760
    local.set 1
    br $join
    end
    i32.const -1653871295
    local.set 1
    br $join
    end
    i32.const 1000564466
    local.set 1
    br $join
    end
    i32.const -639967069
    local.set 1
    br $join
    end
    i32.const 2014468692
    local.set 1
    br $join
    end
    i32.const 373937157
    local.set 1
    br $join
    end
    i32.const -1266594378
    local.set 1
    br $join
    end
    i32.const 1387841383
    local.set 1
    br $join
    end
    i32.const -252690152
    local.set 1
    br $join
    end
    i32.const -1893221687
    local.set 1
    br $join
    end
    i32.const 761214074
    local.set 1
    br $join
    end
    i32.const -879317461
    local.set 1
    br $join
    end
    i32.const 1775118300
    local.set 1
    br $join
    end
    i32.const 134586765
    local.set 1
    br $join
    end
    i32.const -1505944770
    local.set 1
    br $join
    end
    i32.const 1148490991
    local.set 1
    br $join
    end
    i32.const -492040544
    local.set 1
    br $join
    end
    i32.const -2132572079
    local.set 1
    br $join
    end
    i32.const 521863682
    local.set 1
    br $join
    end
    i32.const -1118667853
    local.set 1
    br $join
    end
    i32.const 1535767908
    local.set 1
    br $join
    end
    i32.const -104763627
    local.set 1
    br $join
    end
    i32.const -1745295162
    local.set 1
    br $join
    end
    i32.const 909140599
    local.set 1
    br $join
    end
    i32.const -731390936
    local.set 1
    br $join
    end
    i32.const 1923044825
    local.set 1
    br $join
    end
    i32.const 282513290
    local.set 1
    br $join
    end
    i32.const -1358018245
    local.set 1
    br $join
    end
    i32.const 1296417516
    local.set 1
    br $join
    end
    i32.const -344114019
    local.set 1
    br $join
    end
    i32.const -1984645554
    local.set 1
    br $join
    end
    i32.const 669790207
    local.set 1
    br $join
    end
    i32.const -970741328
    local.set 1
    br $join
    end
    i32.const 1683694433
    local.set 1
    br $join
    end
    i32.const 43162898
    local.set 1
    br $join
    end
    i32.const -1597368637
    local.set 1
    br $join
    end
    i32.const 1057067124
    local.set 1
    br $join
    end
    i32.const -583464411
    local.set 1
    br $join
    end
    i32.const 2070971350
    local.set 1
    br $join
    end
    i32.const 430439815
    local.set 1
    br $join
    end
    i32.const -1210091720
    local.set 1
    br $join
    end
    i32.const 1444344041
    local.set 1
    br $join
    end
    i32.const -196187494
    local.set 1
    br $join
    end
    i32.const -1836719029
    local.set 1
    br $join
    end
    i32.const 817716732
    local.set 1
    br $join
    end
    i32.const -822814803
    local.set 1
    br $join
    end
    i32.const 1831620958
    local.set 1
    br $join
    end
    i32.const 191089423
    local.set 1
    br $join
    end
    i32.const -1449442112
    local.set 1
    br $join
    end
    i32.const 1204993649
    local.set 1
    br $join
    end
    i32.const -435537886
    local.set 1
    br $join
    end
    i32.const -2076069421
    local.set 1
    br $join
    end
    i32.const 578366340
    local.set 1
    br $join
    end
    i32.const -1062165195
    local.set 1
    br $join
    end
    i32.const 1592270566
    local.set 1
    br $join
    end
    i32.const -48260969
    local.set 1
    br $join
    end
    i32.const -1688792504
    local.set 1
    br $join
    end
    i32.const 965643257
    local.set 1
    br $join
    end
    i32.const -674888278
    local.set 1
    br $join
    end
    i32.const 1979547483
    local.set 1
    br $join
    end
    i32.const 339015948
    local.set 1
    br $join
    end
    i32.const -1301515587
    local.set 1
    br $join
    end
    i32.const 1352920174
    local.set 1
    br $join
    end
    i32.const -287611361
    local.set 1
    br $join
    end
    i32.const -1928142896
    local.set 1
    br $join
    end
    i32.const 726292865
    local.set 1
    br $join
    end
    i32.const -914238670
    local.set 1
    br $join
    end
    i32.const 1740197091
    local.set 1
    br $join
    end
    i32.const 99665556
    local.set 1
    br $join
    end
    i32.const -1540865979
    local.set 1
    br $join
    end
    i32.const 1113569782
    local.set 1
    br $join
    end
    i32.const -526961753
    local.set 1
    br $join
    end
    i32.const 2127474008
    local.set 1
    br $join
    end
    i32.const 486942473
    local.set 1
    br $join
    end
    i32.const -1153589062
    local.set 1
    br $join
    end
    i32.const 1500846699
    local.set 1
    br $join
    end
    i32.const -139684836
    local.set 1
    br $join
    end
    i32.const -1780216371
    local.set 1
    br $join
    end
    i32.const 874219390
    local.set 1
    br $join
    end
    i32.const -766312145
    local.set 1
    br $join
    end
    i32.const 1888123616
    local.set 1
    br $join
    end
    i32.const 247592081
    local.set 1
    br $join
    end
    i32.const -1392939454
    local.set 1
    br $join
    end
    i32.const 1261496307
    local.set 1
    br $join
    end
    i32.const -379035228
    local.set 1
    br $join
    end
    i32.const -2019566763
    local.set 1
    br $join
    end
    i32.const 634868998
    local.set 1
    br $join
    end
    i32.const -1005662537
    local.set 1
    br $join
    end
    i32.const 1648773224
    local.set 1
    br $join
    end
    i32.const 8241689
    local.set 1
    br $join
    end
    i32.const -1632289846
    local.set 1
    br $join
    end
    i32.const 1022145915
    local.set 1
    br $join
    end
    i32.const -618385620
    local.set 1
    br $join
    end
    i32.const 2036050141
    local.set 1
    br $join
    end
    i32.const 395518606
    local.set 1
    br $join
    end
    i32.const -1245012929
    local.set 1
    br $join
    end
    i32.const 1409422832
    local.set 1
    br $join
    end
    i32.const -231108703
    local.set 1
    br $join
    end
    i32.const -1871640238
    local.set 1
    br $join
    end
    i32.const 782795523
    local.set 1
    br $join
    end
    i32.const -857736012
    local.set 1
    br $join
    end
    i32.const 1796699749
    local.set 1
    br $join
    end
    i32.const 156168214
    local.set 1
    br $join
    end
    i32.const -1484363321
    local.set 1
    br $join
    end
    i32.const 1170072440
    local.set 1
    br $join
    end
    i32.const -470459095
    local.set 1
    br $join
    end
    i32.const -2110990630
    local.set 1
    br $join
    end
    i32.const 543445131
    local.set 1
    br $join
    end
    i32.const -1097086404
    local.set 1
    br $join
    end
    i32.const 1557349357
    local.set 1
    br $join
    end
    i32.const -83182178
    local.set 1
    br $join
    end
    i32.const -1723713713
    local.set 1
    br $join
    end
    i32.const 930722048
    local.set 1
    br $join
    end
    i32.const -709809487
    local.set 1
    br $join
    end
    i32.const 1944626274
    local.set 1
    br $join
    end
    i32.const 304094739
    local.set 1
    br $join
    end
    i32.const -1336436796
    local.set 1
    br $join
    end
    i32.const 1317998965
    local.set 1
    br $join
    end
    i32.const -322532570
    local.set 1
    br $join
    end
    i32.const -1963064105
    local.set 1
    br $join
    end
    i32.const 691371656
    local.set 1
    br $join
    end
    i32.const -949159879
    local.set 1
    br $join
    end
    i32.const 1705275882
    local.set 1
    br $join
    end
    i32.const 64744347
    local.set 1
    br $join
    end
    i32.const -1575787188
    local.set 1
    br $join
    end
    i32.const 1078648573
    local.set 1
    br $join
    end
    i32.const -561882962
    local.set 1
    br $join
    end
    i32.const 2092552799
    local.set 1
    br $join
    end
    i32.const 452021264
    local.set 1
    br $join
    end
    i32.const -1188510271
    local.set 1
    br $join
    end
    i32.const 1465925490
    local.set 1
    br $join
    end
    i32.const -174606045
    local.set 1
    br $join
    end
    i32.const -1815137580
    local.set 1
    br $join
    end
    i32.const 839298181
    local.set 1
    br $join
    end
    i32.const -801233354
    local.set 1
    br $join
    end
    i32.const 1853202407
    local.set 1
    br $join
    end
    i32.const 212670872
    local.set 1
    br $join
    end
    i32.const -1427860663
    local.set 1
    br $join
    end
    i32.const 1226575098
    local.set 1
    br $join
    end
    i32.const -413956437
    local.set 1
    br $join
    end
    i32.const -2054487972
    local.set 1
    br $join
    end
    i32.const 599947789
    local.set 1
    br $join
    end
    i32.const -1040583746
    local.set 1
    br $join
    end
    i32.const 1613852015
    local.set 1
    br $join
    end
    i32.const -26679520
    local.set 1
    br $join
    end
    i32.const -1667211055
    local.set 1
    br $join
    end
    i32.const 987224706
    local.set 1
    br $join
    end
    i32.const -653306829
    local.set 1
    br $join
    end
    i32.const 2001128932
    local.set 1
    br $join
    end
    i32.const 360597397
    local.set 1
    br $join
    end
    i32.const -1279934138
    local.set 1
    br $join
    end
    i32.const 1374501623
    local.set 1
    br $join
    end
    i32.const -266029912
    local.set 1
    br $join
    end
    i32.const -1906561447
    local.set 1
    br $join
    end
    i32.const 747874314
    local.set 1
    br $join
    end
    i32.const -892657221
    local.set 1
    br $join
    end
    i32.const 1761778540
    local.set 1
    br $join
    end
    i32.const 121247005
    local.set 1
    br $join
    end
    i32.const -1519284530
    local.set 1
    br $join
    end
    i32.const 1135151231
    local.set 1
    br $join
    end
    i32.const -505380304
    local.set 1
    br $join
    end
    i32.const -2145911839
    local.set 1
    br $join
    end
    i32.const 508523922
    local.set 1
    br $join
    end
    i32.const -1132007613
    local.set 1
    br $join
    end
    i32.const 1522428148
    local.set 1
    br $join
    end
    i32.const -118103387
    local.set 1
    br $join
    end
    i32.const -1758634922
    local.set 1
    br $join
    end
    i32.const 895800839
    local.set 1
    br $join
    end
    i32.const -744730696
    local.set 1
    br $join
    end
    i32.const 1909705065
    local.set 1
    br $join
    end
    i32.const 269173530
    local.set 1
    br $join
    end
    i32.const -1371358005
    local.set 1
    br $join
    end
    i32.const 1283077756
    local.set 1
    br $join
    end
    i32.const -357453779
    local.set 1
    br $join
    end
    i32.const -1997985314
    local.set 1
    br $join
    end
    i32.const 656450447
    local.set 1
    br $join
    end
    i32.const -984081088
    local.set 1
    br $join
    end
    i32.const 1670354673
    local.set 1
    br $join
    end
    i32.const 29823138
    local.set 1
    br $join
    end
    i32.const -1610708397
    local.set 1
    br $join
    end
    i32.const 1043727364
    local.set 1
    br $join
    end
    i32.const -596804171
    local.set 1
    br $join
    end
    i32.const 2057631590
    local.set 1
    br $join
    end
    i32.const 417100055
    local.set 1
    br $join
    end
    i32.const -1223431480
    local.set 1
    br $join
    end
    i32.const 1431004281
    local.set 1
    br $join
    end
    i32.const -209527254
    local.set 1
    br $join
    end
    i32.const -1850058789
    local.set 1
    br $join
    end
    i32.const 804376972
    local.set 1
    br $join
    end
    i32.const -836154563
    local.set 1
    br $join
    end
    i32.const 1818281198
    local.set 1
    br $join
    end
    i32.const 177749663
    local.set 1
    br $join
    end
    i32.const -1462781872
    local.set 1
    br $join
    end
    i32.const 1191653889
    local.set 1
    br $join
    end
    i32.const -448877646
    local.set 1
    br $join
    end
    i32.const -2089409181
    local.set 1
    br $join
    end
    i32.const 565026580
    local.set 1
    br $join
    end
    i32.const -1075504955
    local.set 1
    br $join
    end
    i32.const 1578930806
    local.set 1
    br $join
    end
    i32.const -61600729
    local.set 1
    br $join
    end
    i32.const -1702132264
    local.set 1
    br $join
    end
    i32.const 952303497
    local.set 1
    br $join
    end
    i32.const -688228038
    local.set 1
    br $join
    end
    i32.const 1966207723
    local.set 1
    br $join
    end
    i32.const 325676188
    local.set 1
    br $join
    end
    i32.const -1314855347
    local.set 1
    br $join
    end
    i32.const 1339580414
    local.set 1
    br $join
    end
    i32.const -300951121
    local.set 1
    br $join
    end
    i32.const -1941482656
    local.set 1
    br $join
    end
    i32.const 712953105
    local.set 1
    br $join
    end
    i32.const -927578430
    local.set 1
    br $join
    end
    i32.const 1726857331
    local.set 1
    br $join
    end
    i32.const 86325796
    local.set 1
    br $join
    end
    i32.const -1554205739
    local.set 1
    br $join
    end
    i32.const 1100230022
    local.set 1
    br $join
    end
    i32.const -540301513
    local.set 1
    br $join
    end
    i32.const 2114134248
    local.set 1
    br $join
    end
    i32.const 473602713
    local.set 1
    br $join
    end
    i32.const -1166928822
    local.set 1
    br $join
    end
    i32.const 1487506939
    local.set 1
    br $join
    end
    i32.const -153024596
    local.set 1
    br $join
    end
    i32.const -1793556131
    local.set 1
    br $join
    end
    i32.const 860879630
    local.set 1
    br $join
    end
    i32.const -779651905
    local.set 1
    br $join
    end
    i32.const 1874783856
    local.set 1
    br $join
    end
    i32.const 234252321
    local.set 1
    br $join
    end
    i32.const -1406279214
    local.set 1
    br $join
    end
    i32.const 1248156547
    local.set 1
    br $join
    end
    i32.const -392374988
    local.set 1
    br $join
    end
    i32.const -2032906523
    local.set 1
    br $join
    end
    i32.const 621529238
    local.set 1
    br $join
    end
    i32.const -1019002297
    local.set 1
    br $join
    end
    i32.const 1635433464
    local.set 1
    br $join
    end
    i32.const -5098071
    local.set 1
    br $join
    end
    i32.const -1645629606
    local.set 1
    br $join
    end
    i32.const 1008806155
    local.set 1
    br $join
    end
    i32.const -631725380
    local.set 1
    br $join
    end
    i32.const 2022710381
    local.set 1
    br $join
    end
    i32.const 382178846
    local.set 1
    br $join
    end
    i32.const -1258352689
    local.set 1
    br $join
    end
    i32.const 1396083072
    local.set 1
    br $join
    end
    i32.const -244448463
    local.set 1
    br $join
    end
    i32.const -1884979998
    local.set 1
    br $join
    end
    i32.const 769455763
    local.set 1
    br $join
    end
    i32.const -871075772
    local.set 1
    br $join
    end
    i32.const 1783359989
    local.set 1
    br $join
    end
    i32.const 142828454
    local.set 1
    br $join
    end
    i32.const -1497703081
    local.set 1
    br $join
    end
    i32.const 1156732680
    local.set 1
    br $join
    end
    i32.const -483798855
    local.set 1
    br $join
    end
    i32.const -2124330390
    local.set 1
    br $join
    end
    i32.const 530105371
    local.set 1
    br $join
    end
    i32.const -1110426164
    local.set 1
    br $join
    end
    i32.const 1544009597
    local.set 1
    br $join
    end
    i32.const -96521938
    local.set 1
    br $join
    end
    i32.const -1737053473
    local.set 1
    br $join
    end
    i32.const 917382288
    local.set 1
    br $join
    end
    i32.const -723149247
    local.set 1
    br $join
    end
    i32.const 1931286514
    local.set 1
    br $join
    end
    i32.const 290754979
    local.set 1
    br $join
    end
    i32.const -1349776556
    local.set 1
    br $join
    end
    i32.const 1304659205
    local.set 1
    br $join
    end
    i32.const -335872330
    local.set 1
    br $join
    end
    i32.const -1976403865
    local.set 1
    br $join
    end
    i32.const 678031896
    local.set 1
    br $join
    end
    i32.const -962499639
    local.set 1
    br $join
    end
    i32.const 1691936122
    local.set 1
    br $join
    end
    i32.const 51404587
    local.set 1
    br $join
    end
    i32.const -1589126948
    local.set 1
    br $join
    end
    i32.const 1065308813
    local.set 1
    br $join
    end
    i32.const -575222722
    local.set 1
    br $join
    end
    i32.const 2079213039
    local.set 1
    br $join
    end
    i32.const 438681504
    local.set 1
    br $join
    end
    i32.const -1201850031
    local.set 1
    br $join
    end
    i32.const 1452585730
    local.set 1
    br $join
    end
    i32.const -187945805
    local.set 1
    br $join
    end
    i32.const -1828477340
    local.set 1
    br $join
    end
    i32.const 825958421
    local.set 1
    br $join
    end
    i32.const -814573114
    local.set 1
    br $join
    end
    i32.const 1839862647
    local.set 1
    br $join
    end
    i32.const 199331112
    local.set 1
    br $join
    end
    i32.const -1441200423
    local.set 1
    br $join
    end
    i32.const 1213235338
    local.set 1
    br $join
    end
    i32.const -427296197
    local.set 1
    br $join
    end
    i32.const -2067827732
    local.set 1
    br $join
    end
    i32.const 586608029
    local.set 1
    br $join
    end
    i32.const -1053923506
    local.set 1
    br $join
    end
    i32.const 1600512255
    local.set 1
    br $join
    end
    i32.const -40019280
    local.set 1
    br $join
    end
    i32.const -1680550815
    local.set 1
    br $join
    end
    i32.const 973884946
    local.set 1
    br $join
    end
    i32.const -666646589
    local.set 1
    br $join
    end
    i32.const 1987789172
    local.set 1
    br $join
    end
    i32.const 347257637
    local.set 1
    br $join
    end
    i32.const -1293273898
    local.set 1
    br $join
    end
    i32.const 1361161863
    local.set 1
    br $join
    end
    i32.const -279369672
    local.set 1
    br $join
    end
    i32.const -1919901207
    local.set 1
    br $join
    end
    i32.const 734534554
    local.set 1
    br $join
    end
    i32.const -905996981
    local.set 1
    br $join
    end
    i32.const 1748438780
    local.set 1
    br $join
    end
    i32.const 107907245
    local.set 1
    br $join
    end
    i32.const -1532624290
    local.set 1
    br $join
    end
    i32.const 1121811471
    local.set 1
    br $join
    end
    i32.const -518720064
    local.set 1
    br $join
    end
    i32.const 2135715697
    local.set 1
    br $join
    end
    i32.const 495184162
    local.set 1
    br $join
    end
    i32.const -1145347373
    local.set 1
    br $join
    end
    i32.const 1509088388
    local.set 1
    br $join
    end
    i32.const -131443147
    local.set 1
    br $join
    end
    i32.const -1771974682
    local.set 1
    br $join
    end
    i32.const 882461079
    local.set 1
    br $join
    end
    i32.const -758070456
    local.set 1
    br $join
    end
    i32.const 1896365305
    local.set 1
    br $join
    end
    i32.const 255833770
    local.set 1
    br $join
    end
    i32.const -1384697765
    local.set 1
    br $join
    end
    i32.const 1269737996
    local.set 1
    br $join
    end
    i32.const -370793539
    local.set 1
    br $join
    end
    i32.const -2011325074
    local.set 1
    br $join
    end
    i32.const 643110687
    local.set 1
    br $join
    end
    i32.const -997420848
    local.set 1
    br $join
    end
    i32.const 1657014913
    local.set 1
    br $join
    end
    i32.const 16483378
    local.set 1
    br $join
    end
    i32.const -1624048157
    local.set 1
    br $join
    end
    i32.const 1030387604
    local.set 1
    br $join
    end
    i32.const -610143931
    local.set 1
    br $join
    end
    i32.const 2044291830
    local.set 1
    br $join
    end
    i32.const 403760295
    local.set 1
    br $join
    end
    i32.const -1236771240
    local.set 1
    br $join
    end
    i32.const 1417664521
    local.set 1
    br $join
    end
    i32.const -222867014
    local.set 1
    br $join
    end
    i32.const -1863398549
    local.set 1
    br $join
    end
    i32.const 791037212
    local.set 1
    br $join
    end
    i32.const -849494323
    local.set 1
    br $join
    end
    i32.const 1804941438
    local.set 1
    br $join
    end
    i32.const 164409903
    local.set 1
    br $join
    end
    i32.const -1476121632
    local.set 1
    br $join
    end
    i32.const 1178314129
    local.set 1
    br $join
    end
    i32.const -462217406
    local.set 1
    br $join
    end
    i32.const -2102748941
    local.set 1
    br $join
    end
    i32.const 551686820
    local.set 1
    br $join
    end
    i32.const -1088844715
    local.set 1
    br $join
    end
    i32.const 1565591046
    local.set 1
    br $join
    end
    i32.const -74940489
    local.set 1
    br $join
    end
    i32.const -1715472024
    local.set 1
    br $join
    end
    i32.const 938963737
    local.set 1
    br $join
    end
    i32.const -701567798
    local.set 1
    br $join
    end
    i32.const 1952867963
    local.set 1
    br $join
    end
    i32.const 312336428
    local.set 1
    br $join
    end
    i32.const -1328195107
    local.set 1
    br $join
    end
    i32.const 1326240654
    local.set 1
    br $join
    end
    i32.const -314290881
    local.set 1
    br $join
    end
    i32.const -1954822416
    local.set 1
    br $join
    end
    i32.const 699613345
    local.set 1
    br $join
    end
    i32.const -940918190
    local.set 1
    br $join
    end
    i32.const 1713517571
    local.set 1
    br $join
    end
    i32.const 72986036
    local.set 1
    br $join
    end
    i32.const -1567545499
    local.set 1
    br $join
    end
    i32.const 1086890262
    local.set 1
    br $join
    end
    i32.const -553641273
    local.set 1
    br $join
    end
    i32.const 2100794488
    local.set 1
    br $join
    end
    i32.const 460262953
    local.set 1
    br $join
    end
    i32.const -1180268582
    local.set 1
    br $join
    end
    i32.const 1474167179
    local.set 1
    br $join
    end
    i32.const -166364356
    local.set 1
    br $join
    end
    i32.const -1806895891
    local.set 1
    br $join
    end
    i32.const 847539870
    local.set 1
    br $join
    end
    i32.const -792991665
    local.set 1
    br $join
    end
    i32.const 1861444096
    local.set 1
    br $join
    end
    i32.const 220912561
    local.set 1
    br $join
    end
    i32.const -1419618974
    local.set 1
    br $join
    end
    i32.const 1234816787
    local.set 1
    br $join
    end
    i32.const -405714748
    local.set 1
    br $join
    end
    i32.const -2046246283
    local.set 1
    br $join
    end
    i32.const 608189478
    local.set 1
    br $join
    end
    i32.const -1032342057
    local.set 1
    br $join
    end
    i32.const 1622093704
    local.set 1
    br $join
    end
    i32.const -18437831
    local.set 1
    br $join
    end
    i32.const -1658969366
    local.set 1
    br $join
    end
    i32.const 995466395
    local.set 1
    br $join
    end
    i32.const -645065140
    local.set 1
    br $join
    end
    i32.const 2009370621
    local.set 1
    br $join
    end
    i32.const 368839086
    local.set 1
    br $join
    end
    i32.const -1271692449
    local.set 1
    br $join
    end
    i32.const 1382743312
    local.set 1
    br $join
    end
    i32.const -257788223
    local.set 1
    br $join
    end
    i32.const -1898319758
    local.set 1
    br $join
    end
    i32.const 756116003
    local.set 1
    br $join
    end
    i32.const -884415532
    local.set 1
    br $join
    end
    i32.const 1770020229
    local.set 1
    br $join
    end
    i32.const 129488694
    local.set 1
    br $join
    end
    i32.const -1511042841
    local.set 1
    br $join
    end
    i32.const 1143392920
    local.set 1
    br $join
    end
    i32.const -497138615
    local.set 1
    br $join
    end
    i32.const -2137670150
    local.set 1
    br $join
    end
    i32.const 516765611
    local.set 1
    br $join
    end
    i32.const -1123765924
    local.set 1
    br $join
    end
    i32.const 1530669837
    local.set 1
    br $join
    end
    i32.const -109861698
    local.set 1
    br $join
    end
    i32.const -1750393233
    local.set 1
    br $join
    end
    i32.const 904042528
    local.set 1
    br $join
    end
    i32.const -736489007
    local.set 1
    br $join
    end
    i32.const 1917946754
    local.set 1
    br $join
    end
    i32.const 277415219
    local.set 1
    br $join
    end
    i32.const -1363116316
    local.set 1
    br $join
    end
    i32.const 1291319445
    local.set 1
    br $join
    end
    i32.const -349212090
    local.set 1
    br $join
    end
    i32.const -1989743625
    local.set 1
    br $join
    end
    i32.const 664692136
    local.set 1
    br $join
    end
    i32.const -975839399
    local.set 1
    br $join
    end
    i32.const 1678596362
    local.set 1
    br $join
    end
    i32.const 38064827
    local.set 1
    br $join
    end
    i32.const -1602466708
    local.set 1
    br $join
    end
    i32.const 1051969053
    local.set 1
    br $join
    end
    i32.const -588562482
    local.set 1
    br $join
    end
    i32.const 2065873279
    local.set 1
    br $join
    end
    i32.const 425341744
    local.set 1
    br $join
    end
    i32.const -1215189791
    local.set 1
    br $join
    end
    i32.const 1439245970
    local.set 1
    br $join
    end
    i32.const -201285565
    local.set 1
    br $join
    end
    i32.const -1841817100
    local.set 1
    br $join
    end
    i32.const 812618661
    local.set 1
    br $join
    end
    i32.const -827912874
    local.set 1
    br $join
    end
    i32.const 1826522887
    local.set 1
    br $join
    end
    i32.const 185991352
    local.set 1
    br $join
    end
    i32.const -1454540183
    local.set 1
    br $join
    end
    i32.const 1199895578
    local.set 1
    br $join
    end
    i32.const -440635957
    local.set 1
    br $join
    end
    i32.const -2081167492
    local.set 1
    br $join
    end
    i32.const 573268269
    local.set 1
    br $join
    end
    i32.const -1067263266
    local.set 1
    br $join
    end
    i32.const 1587172495
    local.set 1
    br $join
    end
    i32.const -53359040
    local.set 1
    br $join
    end
    i32.const -1693890575
    local.set 1
    br $join
    end
    i32.const 960545186
    local.set 1
    br $join
    end
    i32.const -679986349
    local.set 1
    br $join
    end
    i32.const 1974449412
    local.set 1
    br $join
    end
    i32.const 333917877
    local.set 1
    br $join
    end
    i32.const -1306613658
    local.set 1
    br $join
    end
    i32.const 1347822103
    local.set 1
    br $join
    end
    i32.const -292709432
    local.set 1
    br $join
    end
    i32.const -1933240967
    local.set 1
    br $join
    end
    i32.const 721194794
    local.set 1
    br $join
    end
    i32.const -919336741
    local.set 1
    br $join
    end
    i32.const 1735099020
    local.set 1
    br $join
    end
    i32.const 94567485
    local.set 1
    br $join
    end
    i32.const -1545964050
    local.set 1
    br $join
    end
    i32.const 1108471711
    local.set 1
    br $join
    end
    i32.const -532059824
    local.set 1
    br $join
    end
    i32.const 2122375937
    local.set 1
    br $join
    end
    i32.const 481844402
    local.set 1
    br $join
    end
    i32.const -1158687133
    local.set 1
    br $join
    end
    i32.const 1495748628
    local.set 1
    br $join
    end
    i32.const -144782907
    local.set 1
    br $join
    end
    i32.const -1785314442
    local.set 1
    br $join
    end
    i32.const 869121319
    local.set 1
    br $join
    end
    i32.const -771410216
    local.set 1
    br $join
    end
    i32.const 1883025545
    local.set 1
    br $join
    end
    i32.const 242494010
    local.set 1
    br $join
    end
    i32.const -1398037525
    local.set 1
    br $join
    end
    i32.const 1256398236
    local.set 1
    br $join
    end
    i32.const -384133299
    local.set 1
    br $join
    end
    i32.const -2024664834
    local.set 1
    br $join
    end
    i32.const 629770927
    local.set 1
    br $join
    end
    i32.const -1010760608
    local.set 1
    br $join
    end
    i32.const 1643675153
    local.set 1
    br $join
    end
    i32.const 3143618
    local.set 1
    br $join
    end
    i32.const -1637387917
    local.set 1
    br $join
    end
    i32.const 1017047844
    local.set 1
    br $join
    end
    i32.const -623483691
    local.set 1
    br $join
    end
    i32.const 2030952070
    local.set 1
    br $join
    end
    i32.const 390420535
    local.set 1
    br $join
    end
    i32.const -1250111000
    local.set 1
    br $join
    end
    i32.const 1404324761
    local.set 1
    br $join
    end
    i32.const -236206774
    local.set 1
    br $join
    end
    i32.const -1876738309
    local.set 1
    br $join
    end
    i32.const 777697452
    local.set 1
    br $join
    end
    i32.const -862834083
    local.set 1
    br $join
    end
    i32.const 1791601678
    local.set 1
    br $join
    end
    i32.const 151070143
    local.set 1
    br $join
    end
    i32.const -1489461392
    local.set 1
    br $join
    end
    i32.const 1164974369
    local.set 1
    br $join
    end
    i32.const -475557166
    local.set 1
    br $join
    end
    i32.const -2116088701
    local.set 1
    br $join
    end
    i32.const 538347060
    local.set 1
    br $join
    end
    i32.const -1102184475
    local.set 1
    br $join
    end
    i32.const 1552251286
    local.set 1
    br $join
    end
    i32.const -88280249
    local.set 1
    br $join
    end
    i32.const -1728811784
    local.set 1
    br $join
    end
    i32.const 925623977
    local.set 1
    br $join
    end
    i32.const -714907558
    local.set 1
    br $join
    end
    i32.const 1939528203
    local.set 1
    br $join
    end
    i32.const 298996668
    local.set 1
    br $join
    end
    i32.const -1341534867
    local.set 1
    br $join
    end
    i32.const 1312900894
    local.set 1
    br $join
    end
    i32.const -327630641
    local.set 1
    br $join
    end
    i32.const -1968162176
    local.set 1
    br $join
    end
    i32.const 686273585
    local.set 1
    br $join
    end
    i32.const -954257950
    local.set 1
    br $join
    end
    i32.const 1700177811
    local.set 1
    br $join
    end
    i32.const 59646276
    local.set 1
    br $join
    end
    i32.const -1580885259
    local.set 1
    br $join
    end
    i32.const 1073550502
    local.set 1
    br $join
    end
    i32.const -566981033
    local.set 1
    br $join
    end
    i32.const 2087454728
    local.set 1
    br $join
    end
    i32.const 446923193
    local.set 1
    br $join
    end
    i32.const -1193608342
    local.set 1
    br $join
    end
    i32.const 1460827419
    local.set 1
    br $join
    end
    i32.const -179704116
    local.set 1
    br $join
    end
    i32.const -1820235651
    local.set 1
    br $join
    end
    i32.const 834200110
    local.set 1
    br $join
    end
    i32.const -806331425
    local.set 1
    br $join
    end
    i32.const 1848104336
    local.set 1
    br $join
    end
    i32.const 207572801
    local.set 1
    br $join
    end
    i32.const -1432958734
    local.set 1
    br $join
    end
    i32.const 1221477027
    local.set 1
    br $join
    end
    i32.const -419054508
    local.set 1
    br $join
    end
    i32.const -2059586043
    local.set 1
    br $join
    end
    i32.const 594849718
    local.set 1
    br $join
    end
    i32.const -1045681817
    local.set 1
    br $join
    end
    i32.const 1608753944
    local.set 1
    br $join
    end
    i32.const -31777591
    local.set 1
    br $join
    end
    i32.const -1672309126
    local.set 1
    br $join
    end
    i32.const 982126635
    local.set 1
    br $join
    end
    i32.const -658404900
    local.set 1
    br $join
    end
    i32.const 1996030861
    local.set 1
    br $join
    end
    i32.const 355499326
    local.set 1
    br $join
    end
    i32.const -1285032209
    local.set 1
    br $join
    end
    i32.const 1369403552
    local.set 1
    br $join
    end
    i32.const -271127983
    local.set 1
    br $join
    end
    i32.const -1911659518
    local.set 1
    br $join
    end
    i32.const 742776243
    local.set 1
    br $join
    end
    i32.const -897755292
    local.set 1
    br $join
    end
    i32.const 1756680469
    local.set 1
    br $join
    end
    i32.const 116148934
    local.set 1
    br $join
    end
    i32.const -1524382601
    local.set 1
    br $join
    end
    i32.const 1130053160
    local.set 1
    br $join
    end
    i32.const -510478375
    local.set 1
    br $join
    end
    i32.const 2143957386
    local.set 1
    br $join
    end
    i32.const 503425851
    local.set 1
    br $join
    end
    i32.const -1137105684
    local.set 1
    br $join
    end
    i32.const 1517330077
    local.set 1
    br $join
    end
    i32.const -123201458
    local.set 1
    br $join
    end
    i32.const -1763732993
    local.set 1
    br $join
    end
    i32.const 890702768
    local.set 1
    br $join
    end
    i32.const -749828767
    local.set 1
    br $join
    end
    i32.const 1904606994
    local.set 1
    br $join
    end
    i32.const 264075459
    local.set 1
    br $join
    end
    i32.const -1376456076
    local.set 1
    br $join
    end
    i32.const 1277979685
    local.set 1
    br $join
    end
    i32.const -362551850
    local.set 1
    br $join
    end
    i32.const -2003083385
    local.set 1
    br $join
    end
    i32.const 651352376
    local.set 1
    br $join
    end
    i32.const -989179159
    local.set 1
    br $join
    end
    i32.const 1665256602
    local.set 1
    br $join
    end
    i32.const 24725067
    local.set 1
    br $join
    end
    i32.const -1615806468
    local.set 1
    br $join
    end
    i32.const 1038629293
    local.set 1
    br $join
    end
    i32.const -601902242
    local.set 1
    br $join
    end
    i32.const 2052533519
    local.set 1
    br $join
    end
    i32.const 412001984
    local.set 1
    br $join
    end
    i32.const -1228529551
    local.set 1
    br $join
    end
    i32.const 1425906210
    local.set 1
    br $join
    end
    i32.const -214625325
    local.set 1
    br $join
    end
    i32.const -1855156860
    local.set 1
    br $join
    end
    i32.const 799278901
    local.set 1
    br $join
    end
    i32.const -841252634
    local.set 1
    br $join
    end
    i32.const 1813183127
    local.set 1
    br $join
    end
    i32.const 172651592
    local.set 1
    br $join
    end
    i32.const -1467879943
    local.set 1
    br $join
    end
    i32.const 1186555818
    local.set 1
    br $join
    end
    i32.const -453975717
    local.set 1
    br $join
    end
    i32.const -2094507252
    local.set 1
    br $join
    end
    i32.const 559928509
    local.set 1
    br $join
    end
    i32.const -1080603026
    local.set 1
    br $join
    end
    i32.const 1573832735
    local.set 1
    br $join
    end
    i32.const -66698800
    local.set 1
    br $join
    end
    i32.const -1707230335
    local.set 1
    br $join
    end
    i32.const 947205426
    local.set 1
    br $join
    end
    i32.const -693326109
    local.set 1
    br $join
    end
    i32.const 1961109652
    local.set 1
    br $join
    end
    i32.const 320578117
    local.set 1
    br $join
    end
    i32.const -1319953418
    local.set 1
    br $join
    end
    i32.const 1334482343
    local.set 1
    br $join
    end
    i32.const -306049192
    local.set 1
    br $join
    end
    i32.const -1946580727
    local.set 1
    br $join
    end
    i32.const 707855034
    local.set 1
    br $join
    end
    i32.const -932676501
    local.set 1
    br $join
    end
    i32.const 1721759260
    local.set 1
    br $join
    end
    i32.const 81227725
    local.set 1
    br $join
    end
    i32.const -1559303810
    local.set 1
    br $join
    end
    i32.const 1095131951
    local.set 1
    br $join
    end
    i32.const -545399584
    local.set 1
    br $join
    end
    i32.const 2109036177
    local.set 1
    br $join
    end
    i32.const 468504642
    local.set 1
    br $join
    end
    i32.const -1172026893
    local.set 1
    br $join
    end
    i32.const 1482408868
    local.set 1
    br $join
    end
    i32.const -158122667
    local.set 1
    br $join
    end
    i32.const -1798654202
    local.set 1
    br $join
    end
    i32.const 855781559
    local.set 1
    br $join
    end
    i32.const -784749976
    local.set 1
    br $join
    end
    i32.const 1869685785
    local.set 1
    br $join
    end
    i32.const 229154250
    local.set 1
    br $join
    end
    i32.const -1411377285
    local.set 1
    br $join
    end
    i32.const 1243058476
    local.set 1
    br $join
    end
    i32.const -397473059
    local.set 1
    br $join
    end
    i32.const -2038004594
    local.set 1
    br $join
    end
    i32.const 616431167
    local.set 1
    br $join
    end
    i32.const -1024100368
    local.set 1
    br $join
    end
    i32.const 1630335393
    local.set 1
    br $join
    end
    i32.const -10196142
    local.set 1
    br $join
    end
    i32.const -1650727677
    local.set 1
    br $join
    end
    i32.const 1003708084
    local.set 1
    br $join
    end
    i32.const -636823451
    local.set 1
    br $join
    end
    i32.const 2017612310
    local.set 1
    br $join
    end
    i32.const 377080775
    local.set 1
    br $join
    end
    i32.const -1263450760
    local.set 1
    br $join
    end
    i32.const 1390985001
    local.set 1
    br $join
    end
    i32.const -249546534
    local.set 1
    br $join
    end
    i32.const -1890078069
    local.set 1
    br $join
    end
    i32.const 764357692
    local.set 1
    br $join
    end
    i32.const -876173843
    local.set 1
    br $join
    end
    i32.const 1778261918
    local.set 1
    br $join
    end
    i32.const 137730383
    local.set 1
    br $join
    end
    i32.const -1502801152
    local.set 1
    br $join
    end
    i32.const 1151634609
    local.set 1
    br $join
    end
    i32.const -488896926
    local.set 1
    br $join
    end
    i32.const -2129428461
    local.set 1
    br $join
    end
    i32.const 525007300
    local.set 1
    br $join
    end
    i32.const -1115524235
    local.set 1
    br $join
    end
    i32.const 1538911526
    local.set 1
    br $join
    end
    i32.const -101620009
    local.set 1
    br $join
    end
    i32.const -1742151544
    local.set 1
    br $join
    end
    i32.const 912284217
    local.set 1
    br $join
    end
    i32.const -728247318
    local.set 1
    br $join
    end
    i32.const 1926188443
    local.set 1
    br $join
    end
    i32.const 285656908
    local.set 1
    br $join
    end
    i32.const -1354874627
    local.set 1
    br $join
    end
    i32.const 1299561134
    local.set 1
    br $join
    end
    i32.const -340970401
    local.set 1
    br $join
    end
    i32.const -1981501936
    local.set 1
    br $join
    end
    i32.const 672933825
    local.set 1
    br $join
    end
    i32.const -967597710
    local.set 1
    br $join
    end
    i32.const 1686838051
    local.set 1
    br $join
    end
    i32.const 46306516
    local.set 1
    br $join
    end
    i32.const -1594225019
    local.set 1
    br $join
    end
    i32.const 1060210742
    local.set 1
    br $join
    end
    i32.const -580320793
    local.set 1
    br $join
    end
    i32.const 2074114968
    local.set 1
    br $join
    end
    i32.const 433583433
    local.set 1
    br $join
    end
    i32.const -1206948102
    local.set 1
    br $join
    end
    i32.const 1447487659
    local.set 1
    br $join
    end
    i32.const -193043876
    local.set 1
    br $join
    end
    i32.const -1833575411
    local.set 1
    br $join
    end
    i32.const 820860350
    local.set 1
    br $join
    end
    i32.const -819671185
    local.set 1
    br $join
    end
    i32.const 1834764576
    local.set 1
    br $join
    end
    i32.const 194233041
    local.set 1
    br $join
    end
    i32.const -1446298494
    local.set 1
    br $join
    end
    i32.const 1208137267
    local.set 1
    br $join
    end
    i32.const -432394268
    local.set 1
    br $join
    end
    i32.const -2072925803
    local.set 1
    br $join
    end
    i32.const 581509958
    local.set 1
    br $join
    end
    i32.const -1059021577
    local.set 1
    br $join
    end
    i32.const 1595414184
    local.set 1
    br $join
    end
    i32.const -45117351
    local.set 1
    br $join
    end
    i32.const -1685648886
    local.set 1
    br $join
    end
    i32.const 968786875
    local.set 1
    br $join
    end
    i32.const -671744660
    local.set 1
    br $join
    end
    i32.const 1982691101
    local.set 1
    br $join
    end
    i32.const 342159566
    local.set 1
    br $join
    end
    i32.const -1298371969
    local.set 1
    br $join
    end
    i32.const 1356063792
    local.set 1
    br $join
    end
    i32.const -284467743
    local.set 1
    br $join
    end
    i32.const -1924999278
    local.set 1
    br $join
    end
    i32.const 729436483
    local.set 1
    br $join
    end
    i32.const -911095052
    local.set 1
    br $join
    end
    i32.const 1743340709
    local.set 1
    br $join
    end
    i32.const 102809174
    local.set 1
    br $join
    end
    i32.const -1537722361
    local.set 1
    br $join
    end
    i32.const 1116713400
    local.set 1
    br $join
    end
    i32.const -523818135
    local.set 1
    br $join
    end
    i32.const 2130617626
    local.set 1
    br $join
    end
    i32.const 490086091
    local.set 1
    br $join
    end
    i32.const -1150445444
    local.set 1
    br $join
    end
    i32.const 1503990317
    local.set 1
    br $join
    end
    i32.const -136541218
    local.set 1
    br $join
    end
    i32.const -1777072753
    local.set 1
    br $join
    end
    i32.const 877363008
    local.set 1
    br $join
    end
    i32.const -763168527
    local.set 1
    br $join
    end
    i32.const 1891267234
    local.set 1
    br $join
    end
    i32.const 250735699
    local.set 1
    br $join
    end
    i32.const -1389795836
    local.set 1
    br $join
    end
    i32.const 1264639925
    local.set 1
    br $join
    end
    i32.const -375891610
    local.set 1
    br $join
    end
    i32.const -2016423145
    local.set 1
    br $join
    end
    i32.const 638012616
    local.set 1
    br $join
    end
    i32.const -1002518919
    local.set 1
    br $join
    end
    i32.const 1651916842
    local.set 1
    br $join
    end
    i32.const 11385307
    local.set 1
    br $join
    end
    i32.const -1629146228
    local.set 1
    br $join
    end
    i32.const 1025289533
    local.set 1
    br $join
    end
    i32.const -615242002
    local.set 1
    br $join
    end
    i32.const 2039193759
    local.set 1
    br $join
    end
    i32.const 398662224
    local.set 1
    br $join
    end
    i32.const -1241869311
    local.set 1
    br $join
    end
    i32.const 1412566450
    local.set 1
    br $join
    end
    i32.const -227965085
    local.set 1
    br $join
    end
    i32.const -1868496620
    local.set 1
    br $join
    end
    i32.const 785939141
    local.set 1
    br $join
    end
    i32.const -854592394
    local.set 1
    br $join
    end
    i32.const 1799843367
    local.set 1
    br $join
    end
    i32.const 159311832
    local.set 1
    br $join
    end
    i32.const -1481219703
    local.set 1
    br $join
    end
    i32.const 1173216058
    local.set 1
    br $join
    end
    i32.const -467315477
    local.set 1
    br $join
    end
    i32.const -2107847012
    local.set 1
    br $join
    end
    i32.const 546588749
    local.set 1
    br $join
    end
    i32.const -1093942786
    local.set 1
    br $join
    end
    i32.const 1560492975
    local.set 1
    br $join
    end
    i32.const -80038560
    local.set 1
    br $join
    end
    i32.const -1720570095
    local.set 1
    br $join
    end
    i32.const 933865666
    local.set 1
    br $join
    end
    i32.const -706665869
    local.set 1
    br $join
    end
    i32.const 1947769892
    local.set 1
    br $join
    end
    i32.const 307238357
    local.set 1
    br $join
    end
    i32.const -1333293178
    local.set 1
    br $join
    end
    i32.const 1321142583
    local.set 1
    br $join
    end
    i32.const -319388952
    local.set 1
    br $join
    end
    i32.const -1959920487
    local.set 1
    br $join
    end
    i32.const 694515274
    local.set 1
    br $join
    end
    i32.const -946016261
    local.set 1
    br $join
    end
    i32.const 1708419500
    local.set 1
    br $join
    end
    i32.const 67887965
    local.set 1
    br $join
    end
    i32.const -1572643570
    local.set 1
    br $join
    end
    i32.const 1081792191
    local.set 1
    br $join
    end
    i32.const -558739344
    local.set 1
    br $join
    end
    i32.const 2095696417
    local.set 1
    br $join
    end
    i32.const 455164882
    local.set 1
    br $join
    end
    i32.const -1185366653
    local.set 1
    br $join
    end
    i32.const 1469069108
    local.set 1
    br $join
    end
    i32.const -171462427
    local.set 1
    br $join
    end
    i32.const -1811993962
    local.set 1
    br $join
    end
    i32.const 842441799
    local.set 1
    br $join
    end
    i32.const -798089736
    local.set 1
    br $join
    end
    i32.const 1856346025
    local.set 1
    br $join
    end
    i32.const 215814490
    local.set 1
    br $join
    end
    i32.const -1424717045
    local.set 1
    br $join
    end
    i32.const 1229718716
    local.set 1
    br $join
    end
    i32.const -410812819
    local.set 1
    br $join
    end
    i32.const -2051344354
    local.set 1
    br $join
    end
    i32.const 603091407
    local.set 1
    br $join
    end
    i32.const -1037440128
    local.set 1
    br $join
    end
    i32.const 1616995633
    local.set 1
    br $join
    end
    i32.const -23535902
    local.set 1
    br $join
    end
    i32.const -1664067437
    local.set 1
    br $join
    end
    i32.const 990368324
    local.set 1
    br $join
    end
    i32.const -650163211
    local.set 1
    br $join
    end
    i32.const 2004272550
    local.set 1
    br $join
    end
    i32.const 363741015
    local.set 1
    br $join
    end
    i32.const -1276790520
    local.set 1
    br $join
    end
    i32.const 1377645241
    local.set 1
    br $join
    end
    i32.const -262886294
    local.set 1
    br $join
    end
    i32.const -1903417829
    local.set 1
    br $join
    end
    i32.const 751017932
    local.set 1
    br $join
    end
    i32.const -889513603
    local.set 1
    br $join
    end
    i32.const 1764922158
    local.set 1
    br $join
    end
    i32.const 124390623
    local.set 1
    br $join
    end
    i32.const -1516140912
    local.set 1
    br $join
    end
    i32.const 1138294849
    local.set 1
    br $join
    end
    i32.const -502236686
    local.set 1
    br $join
    end
    i32.const -2142768221
    local.set 1
    br $join
    end
    i32.const 511667540
    local.set 1
    br $join
    end
    i32.const -1128863995
    local.set 1
    br $join
    end
    i32.const 1525571766
    local.set 1
    br $join
    end
    i32.const -114959769
    local.set 1
    br $join
    end
    i32.const -1755491304
    local.set 1
    br $join
    end
    i32.const 898944457
    local.set 1
    br $join
    end
    i32.const -741587078
    local.set 1
    br $join
    end
    i32.const 1912848683
    local.set 1
    br $join
    end
    i32.const 272317148
    local.set 1
    br $join
    end
    i32.const -1368214387
    local.set 1
    br $join
    end
    i32.const 1286221374
    local.set 1
    br $join
    end
    i32.const -354310161
    local.set 1
    br $join
    end
    i32.const -1994841696
    local.set 1
    br $join
    end
    i32.const 659594065
    local.set 1
    br $join
    end
    i32.const -980937470
    local.set 1
    br $join
    end
    i32.const 1673498291
    local.set 1
    br $join
    end
    i32.const 32966756
    local.set 1
    br $join
    end
    i32.const -1607564779
    local.set 1
    br $join
    end
    i32.const 1046870982
    local.set 1
    br $join
    end
    i32.const -593660553
    local.set 1
    br $join
    end
    i32.const 2060775208
    local.set 1
    br $join
    end
    i32.const 420243673
    local.set 1
    br $join
    end
    i32.const -1220287862
    local.set 1
    br $join
    end
    i32.const 1434147899
    local.set 1
    br $join
    end
    i32.const -206383636
    local.set 1
    br $join
    end
    i32.const -1846915171
    local.set 1
    br $join
    end
    i32.const 807520590
    local.set 1
    br $join
    end
    i32.const -833010945
    local.set 1
    br $join
    end
    i32.const 1821424816
    local.set 1
    br $join
    end
    i32.const 180893281
    local.set 1
    br $join
    end
    i32.const -1459638254
    local.set 1
    br $join
    end
    i32.const 1194797507
    local.set 1
    br $join
    end
    i32.const -445734028
    local.set 1
    br $join
    end
    i32.const -2086265563
    local.set 1
    br $join
    end
    i32.const 568170198
    local.set 1
    br $join
    end
    i32.const -1072361337
    local.set 1
    br $join
    end
    i32.const 1582074424
    local.set 1
    br $join
    end
    i32.const -58457111
    local.set 1
    br $join
    end
    i32.const -1698988646
    local.set 1
    br $join
    end
    i32.const 955447115
    local.set 1
    br $join
    end
    i32.const -685084420
    local.set 1
    br $join
    end
    i32.const 1969351341
    local.set 1
    br $join
    end
    i32.const 328819806
    local.set 1
    br $join
    end
    i32.const -1311711729
    local.set 1
    br $join
    end
    i32.const 1342724032
    local.set 1
    br $join
    end
    i32.const -297807503
    local.set 1
    br $join
    end
    i32.const -1938339038
    local.set 1
    br $join
    end
    i32.const 716096723
    local.set 1
    br $join
    end
    i32.const -924434812
    local.set 1
    br $join
    end
    i32.const 1730000949
    local.set 1
    br $join
    end
    i32.const 89469414
    local.set 1
    br $join
    end
    i32.const -1551062121
    local.set 1
    br $join
    end
    i32.const 1103373640
    local.set 1
    br $join
    end
    i32.const -537157895
    local.set 1
    br $join
    end
    i32.const 2117277866
    local.set 1
    br $join
    end
    i32.const 476746331
    local.set 1
    br $join
    end
    i32.const -1163785204
    local.set 1
    br $join
    end
    i32.const 1490650557
    local.set 1
    br $join
    end
    i32.const -149880978
    local.set 1
    br $join
    end
    i32.const -1790412513
    local.set 1
    br $join
    end
    i32.const 864023248
    local.set 1
    br $join
    end
    i32.const -776508287
    local.set 1
    br $join
    end
    i32.const 1877927474
    local.set 1
    br $join
    end
    i32.const 237395939
    local.set 1
    br $join
    end
    i32.const -1403135596
    local.set 1
    br $join
    end
    i32.const 1251300165
    local.set 1
    br $join
    end
    i32.const -389231370
    local.set 1
    br $join
    end
    i32.const -2029762905
    local.set 1
    br $join
    end
    i32.const 624672856
    local.set 1
    br $join
    end
    i32.const -1015858679
    local.set 1
    br $join
    end
    i32.const 1638577082
    local.set 1
    br $join
    end
    i32.const -1954453
    local.set 1
    br $join
    end
    i32.const -1642485988
    local.set 1
    br $join
    end
    i32.const 1011949773
    local.set 1
    br $join
    end
    i32.const -628581762
    local.set 1
    br $join
    end
    i32.const 2025853999
    local.set 1
    br $join
    end
    i32.const 385322464
    local.set 1
    br $join
    end
    i32.const -1255209071
    local.set 1
    br $join
    end
    i32.const 1399226690
    local.set 1
    br $join
    end
    i32.const -241304845
    local.set 1
    br $join
    end
    i32.const -1881836380
    local.set 1
    br $join
    end
    i32.const 772599381
    local.set 1
    br $join
    end
    i32.const -867932154
    local.set 1
    br $join
    end
    i32.const 1786503607
    local.set 1
    br $join
    end
    i32.const 145972072
    local.set 1
    br $join
    end
    i32.const -1494559463
    local.set 1
    br $join
    end
    i32.const 1159876298
    local.set 1
    br $join
    end
    i32.const -480655237
    local.set 1
    br $join
    end
    i32.const -2121186772
    local.set 1
    br $join
    end
    i32.const 533248989
    local.set 1
    br $join
    end
    i32.const -1107282546
    local.set 1
    br $join
    end
    i32.const 1547153215
    local.set 1
    br $join
    end
    i32.const -93378320
    local.set 1
    br $join
    end
    i32.const -1733909855
    local.set 1
    br $join
    end
    i32.const 920525906
    local.set 1
    br $join
    end
    i32.const -720005629
    local.set 1
    br $join
    end
    i32.const 1934430132
    local.set 1
    br $join
    end
    i32.const 293898597
    local.set 1
    br $join
    end
    i32.const -1346632938
    local.set 1
    br $join
    end
    i32.const 1307802823
    local.set 1
    br $join
    end
    i32.const -332728712
    local.set 1
    br $join
    end
    i32.const -1973260247
    local.set 1
    br $join
    end
    i32.const 681175514
    local.set 1
    br $join
    end
    i32.const -959356021
    local.set 1
    br $join
    end
    i32.const 1695079740
    local.set 1
    br $join
    end
    i32.const 54548205
    local.set 1
    br $join
    end
    i32.const -1585983330
    local.set 1
    br $join
    end
    i32.const 1068452431
    local.set 1
    br $join
    end
    i32.const -572079104
    local.set 1
    br $join
    end
    i32.const 2082356657
    local.set 1
    br $join
    end
    i32.const 441825122
    local.set 1
    br $join
    end
    i32.const -1198706413
    local.set 1
    br $join
    end
    i32.const 1455729348
    local.set 1
    br $join
    end
    i32.const -184802187
    local.set 1
    br $join
    end
    i32.const -1825333722
    local.set 1
    br $join
    end
    i32.const 829102039
    local.set 1
    br $join
    end
    i32.const -811429496
    local.set 1
    br $join
    end
    i32.const 1843006265
    local.set 1
    br $join
    end
    i32.const 202474730
    local.set 1
    br $join
    end
    i32.const -1438056805
    local.set 1
    br $join
    end
    i32.const 1216378956
    local.set 1
    br $join
    end
    i32.const -424152579
    local.set 1
    br $join
    end
    i32.const -2064684114
    local.set 1
    br $join
    end
    i32.const 589751647
    local.set 1
    br $join
    end
    i32.const -1050779888
    local.set 1
    br $join
    end
    i32.const 1603655873
    local.set 1
    br $join
    end
    i32.const -36875662
    local.set 1
    br $join
    end
    i32.const -1677407197
    local.set 1
    br $join
    end
    i32.const 977028564
    local.set 1
    br $join
    end
    i32.const -663502971
    local.set 1
    br $join
    end
    i32.const 1990932790
    local.set 1
    br $join
    end
    i32.const 350401255
    local.set 1
    br $join
    end
    i32.const -1290130280
    local.set 1
    br $join
    end
    i32.const 1364305481
    local.set 1
    br $join
    end
    i32.const -276226054
    local.set 1
    br $join
    end
    i32.const -1916757589
    local.set 1
    br $join
    end
    i32.const 737678172
    local.set 1
    br $join
    end
    i32.const -902853363
    local.set 1
    br $join
    end
    i32.const 1751582398
    local.set 1
    br $join
    end
    i32.const 111050863
    local.set 1
    br $join
    end
    i32.const -1529480672
    local.set 1
    br $join
    end
    i32.const 1124955089
    local.set 1
    br $join
    end
    i32.const -515576446
    local.set 1
    br $join
    end
    i32.const 2138859315
    local.set 1
    br $join
    end
    i32.const 498327780
    local.set 1
    br $join
    end
    i32.const -1142203755
    local.set 1
    br $join
    end
    i32.const 1512232006
    local.set 1
    br $join
    end
    i32.const -128299529
    local.set 1
    br $join
    end
    i32.const -1768831064
    local.set 1
    br $join
    end
    i32.const 885604697
    local.set 1
    br $join
    end
    i32.const -754926838
    local.set 1
    br $join
    end
    i32.const 1899508923
    local.set 1
    br $join
    end
    i32.const 258977388
    local.set 1
    br $join
    end
    i32.const -1381554147
    local.set 1
    br $join
    end
    i32.const 1272881614
    local.set 1
    br $join
    end
    i32.const -367649921
    local.set 1
    br $join
    end
    i32.const -2008181456
    local.set 1
    br $join
    end
    i32.const 646254305
    local.set 1
    br $join
    end
    i32.const -994277230
    local.set 1
    br $join
    end
    i32.const 1660158531
    local.set 1
    br $join
    end
    i32.const 19626996
    local.set 1
    br $join
    end
    i32.const -1620904539
    local.set 1
    br $join
    end
    i32.const 1033531222
    local.set 1
    br $join
    end
    i32.const -607000313
    local.set 1
    br $join
    end
    i32.const 2047435448
    local.set 1
    br $join
    end
    i32.const 406903913
    local.set 1
    br $join
    end
    i32.const -1233627622
    local.set 1
    br $join
    end
    i32.const 1420808139
    local.set 1
    br $join
    end
    i32.const -219723396
    local.set 1
    br $join
    end
    i32.const -1860254931
    local.set 1
    br $join
    end
    i32.const 794180830
    local.set 1
    br $join
    end
    i32.const -846350705
    local.set 1
    br $join
    end
    i32.const 1808085056
    local.set 1
    br $join
    end
    i32.const 167553521
    local.set 1
    br $join
    end
    i32.const -1472978014
    local.set 1
    br $join
    end
    i32.const 1181457747
    local.set 1
    br $join
    end
    i32.const -459073788
    local.set 1
    br $join
    end
    i32.const -2099605323
    local.set 1
    br $join
    end
    i32.const 554830438
    local.set 1
    br $join
    end
    i32.const -1085701097
    local.set 1
    br $join
    end
    i32.const 1568734664
    local.set 1
    br $join
    end
    i32.const -71796871
    local.set 1
    br $join
    end
    i32.const -1712328406
    local.set 1
    br $join
    end
    i32.const 942107355
    local.set 1
    br $join
    end
    i32.const -698424180
    local.set 1
    br $join
    end
    i32.const 1956011581
    local.set 1
    br $join
    end
    i32.const 315480046
    local.set 1
    br $join
    end
    i32.const -1325051489
    local.set 1
    br $join
    end
    i32.const 1329384272
    local.set 1
    br $join
    end
    i32.const -311147263
    local.set 1
    br $join
    end
    i32.const -1951678798
    local.set 1
    br $join
    end
    i32.const 702756963
    local.set 1
    br $join
    end
    i32.const -937774572
    local.set 1
    br $join
    end
    i32.const 1716661189
    local.set 1
    br $join
    end
    i32.const 76129654
    local.set 1
    br $join
    end
    i32.const -1564401881
    local.set 1
    br $join
    end
    i32.const 1090033880
    local.set 1
    br $join
    end
    i32.const -550497655
    local.set 1
    br $join
    end
    i32.const 2103938106
    local.set 1
    br $join
    end
    i32.const 463406571
    local.set 1
    br $join
    end
    i32.const -1177124964
    local.set 1
    br $join
    end
    i32.const 1477310797
    local.set 1
    br $join
    end
    i32.const -163220738
    local.set 1
    br $join
    end
    i32.const -1803752273
    local.set 1
    br $join
    end
    i32.const 850683488
    local.set 1
    br $join
    end
    i32.const -789848047
    local.set 1
    br $join
    end
    i32.const 1864587714
    local.set 1
    br $join
    end
    i32.const 224056179
    local.set 1
    br $join
    end
    i32.const -1416475356
    local.set 1
    br $join
    end
    i32.const 1237960405
    local.set 1
    br $join
    end
    i32.const -402571130
    local.set 1
    br $join
    end
    i32.const -2043102665
    local.set 1
    br $join
    end
    i32.const 611333096
    local.set 1
    br $join
    end
    i32.const -1029198439
    local.set 1
    br $join
    end
    i32.const 1625237322
    local.set 1
    br $join
    end
    i32.const -15294213
    local.set 1
    br $join
    end
    i32.const -1655825748
    local.set 1
    br $join
    end
    i32.const 998610013
    local.set 1
    br $join
    end
    i32.const -641921522
    local.set 1
    br $join
    end
    i32.const 2012514239
    local.set 1
    br $join
    end
    i32.const 371982704
    local.set 1
    br $join
    end
    i32.const -1268548831
    local.set 1
    br $join
    end
    i32.const 1385886930
    local.set 1
    br $join
    end
    i32.const -254644605
    local.set 1
    br $join
    end
    i32.const -1895176140
    local.set 1
    br $join
    end
    i32.const 759259621
    local.set 1
    br $join
    end
    i32.const -881271914
    local.set 1
    br $join
    end
    i32.const 1773163847
    local.set 1
    br $join
    end
    i32.const 132632312
    local.set 1
    br $join
    end
    i32.const -1507899223
    local.set 1
    br $join
    end
    i32.const 1146536538
    local.set 1
    br $join
    end
    i32.const -493994997
    local.set 1
    br $join
    end
    i32.const -2134526532
    local.set 1
    br $join
    end
    i32.const 519909229
    local.set 1
    br $join
    end
    i32.const -1120622306
    local.set 1
    br $join
    end
    i32.const 1533813455
    local.set 1
    br $join
    end
    i32.const -106718080
    local.set 1
    br $join
    end
    i32.const -1747249615
    local.set 1
    br $join
    end
    i32.const 907186146
    local.set 1
    br $join
    end
    i32.const -733345389
    local.set 1
    br $join
    end
    i32.const 1921090372
    local.set 1
    br $join
    end
    i32.const 280558837
    local.set 1
    br $join
    end
    i32.const -1359972698
    local.set 1
    br $join
    end
    i32.const 1294463063
    local.set 1
    br $join
    end
    i32.const -346068472
    local.set 1
    br $join
    end
    i32.const -1986600007
    local.set 1
    br $join
    end
    i32.const 667835754
    local.set 1
    br $join
    end
    i32.const -972695781
    local.set 1
    br $join
    end
    i32.const 1681739980
    local.set 1
    br $join
    end
    i32.const 41208445
    local.set 1
    br $join
    end
    i32.const -1599323090
    local.set 1
    br $join
    end
    i32.const 1055112671
    local.set 1
    br $join
    end
    i32.const -585418864
    local.set 1
    br $join
    end
    i32.const 2069016897
    local.set 1
    br $join
    end
    i32.const 428485362
    local.set 1
    br $join
    end
    i32.const -1212046173
    local.set 1
    br $join
    end
    i32.const 1442389588
    local.set 1
    br $join
    end
    i32.const -198141947
    local.set 1
    br $join
    end
    i32.const -1838673482
    local.set 1
    br $join
    end
    i32.const 815762279
    local.set 1
    br $join
    end
    i32.const -824769256
    local.set 1
    br $join
    end
    i32.const 1829666505
    local.set 1
    br $join
    end
    i32.const 189134970
    local.set 1
    br $join
    end
    i32.const -1451396565
    local.set 1
    br $join
    end
    i32.const 1203039196
    local.set 1
    br $join
    end
    i32.const -437492339
    local.set 1
    br $join
    end
    i32.const -2078023874
    local.set 1
    br $join
    end
    i32.const 576411887
    local.set 1
    br $join
    end
    i32.const -1064119648
    local.set 1
    br $join
    end
    i32.const 1590316113
    local.set 1
    br $join
    end
    i32.const -50215422
    local.set 1
    br $join
    end
    i32.const -1690746957
    local.set 1
    br $join
    end
    i32.const 963688804
    local.set 1
    br $join
    end
    i32.const -676842731
    local.set 1
    br $join
    end
    i32.const 1977593030
    local.set 1
    br $join
    end
    i32.const 337061495
    local.set 1
    br $join
    end
    i32.const -1303470040
    local.set 1
    br $join
    end
    i32.const 1350965721
    local.set 1
    br $join
    end
    i32.const -289565814
    local.set 1
    br $join
    end
    i32.const -1930097349
    local.set 1
    br $join
    end
    i32.const 724338412
    local.set 1
    br $join
    end
    i32.const -916193123
    local.set 1
    br $join
    end
    i32.const 1738242638
    local.set 1
    br $join
    end
    i32.const 97711103
    local.set 1
    br $join
    end
    i32.const -1542820432
    local.set 1
    br $join
    end
    local.get 1
    local.get 2
    i32.add)
)
(assert_return (invoke "lookup" (i32.const 0)) (i32.const 0))
(assert_return (invoke "lookup" (i32.const 1)) (i32.const -1640531535))
(assert_return (invoke "lookup" (i32.const 2)) (i32.const 1013904226))
(assert_return (invoke "lookup" (i32.const 3)) (i32.const -7))
(assert_return (invoke "lookup" (i32.const 4)) (i32.const 2027808452))
(assert_return (invoke "lookup" (i32.const 5)) (i32.const -1253254063))
(assert_return (invoke "lookup" (i32.const 6)) (i32.const -1253254618))
(assert_return (invoke "lookup" (i32.const 7)) (i32.const 778))
(assert_return (invoke "lookup" (i32.const 8)) (i32.const -239350392))
(assert_return (invoke "lookup" (i32.const 9)) (i32.const -1879881927))
(assert_return (invoke "lookup" (i32.const 15)) (i32.const 1161830751))
(assert_return (invoke "lookup" (i32.const 16)) (i32.const -478700784))
(assert_return (invoke "lookup" (i32.const 17)) (i32.const -2119232319))
(assert_return (invoke "lookup" (i32.const 100)) (i32.const -844396252))
(assert_return (invoke "lookup" (i32.const 599)) (i32.const 869121319))
(assert_return (invoke "lookup" (i32.const 1000)) (i32.const 145972072))
(assert_return (invoke "lookup" (i32.const 1198)) (i32.const 1738242638))
(assert_return (invoke "lookup" (i32.const 1199)) (i32.const 97711103))
(assert_return (invoke "lookup" (i32.const 1200)) (i32.const -1542820432))
(assert_return (invoke "lookup" (i32.const 1201)) (i32.const -1542820432))
(assert_return (invoke "lookup" (i32.const 100000)) (i32.const -1542820432))
(assert_return (invoke "lookup" (i32.const -1)) (i32.const -1542820432))
