#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""
Daikuan weiyue yuce (loan default) -- Zhang Min
mubiao lie: default ; bianhao: loan_id
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

SUIJI = 7
MUBIAO = "default"
BU_YONG = ["loan_id", "default", "recovery_amount", "collection_stage"]
YUZHI = 0.03  # xiangguanxing yuzhi


def jiazai():
    shuju = pd.read_csv("train.csv")
    tijiao = pd.read_csv("test.csv")
    print("shuju:", shuju.shape, "tijiao:", tijiao.shape)
    print("weiyue lv:", round(shuju[MUBIAO].mean(), 4))
    return shuju, tijiao


def gouzao_tezheng(df):
    t = df.copy()
    t["daikuan_shouru_bi"] = t["loan_amount"] / (t["annual_income"] + 1)
    t["lixi_zong"] = t["loan_amount"] * t["interest_rate"] / 100 * t["term_months"] / 12
    t["xinyong_di"] = (t["credit_score"] < 620).astype(int)
    t["log_shouru"] = np.log1p(t["annual_income"].clip(lower=0))
    t["you_yuqi"] = (t["n_delinquencies"] > 0).astype(int)
    t["changqi"] = (t["term_months"] >= 60).astype(int)
    t = pd.get_dummies(t, columns=["home_ownership", "purpose"], dtype=float)
    return t


def xiangguan_shaixuan(df, houxuan, yuzhi=YUZHI):
    """bao liu yu mubiao xiangguanxing jueduizhi > yuzhi de tezheng"""
    xg = df[houxuan].corrwith(df[MUBIAO]).abs().sort_values(ascending=False)
    print(xg.head(15).round(4))
    return list(xg[xg > yuzhi].index)


def pinggu(mingcheng, y, p):
    print(f"{mingcheng:<8} AUC={roc_auc_score(y, p):.4f} AP={average_precision_score(y, p):.4f}")


shuju, tijiao = jiazai()
shuju = gouzao_tezheng(shuju)
tijiao = gouzao_tezheng(tijiao)
houxuan = [c for c in shuju.columns if c not in BU_YONG]

xunlian, ceshi = train_test_split(shuju, test_size=0.2, stratify=shuju[MUBIAO], random_state=SUIJI)
print("xunlian", xunlian.shape, "ceshi", ceshi.shape)

# zhi yong xunlian ji suan xiangguanxing
xuanzhong = xiangguan_shaixuan(xunlian, houxuan)
print("xuanzhong tezheng shu:", len(xuanzhong), "/", len(houxuan))


def xin_moxing():
    return make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                         LogisticRegression(C=0.2, max_iter=5000, class_weight="balanced"))


jizhun = DummyClassifier(strategy="prior").fit(xunlian[xuanzhong], xunlian[MUBIAO])
pinggu("jizhun", ceshi[MUBIAO], jizhun.predict_proba(ceshi[xuanzhong])[:, 1])

moxing = xin_moxing().fit(xunlian[xuanzhong], xunlian[MUBIAO])
pinggu("luoji", ceshi[MUBIAO], moxing.predict_proba(ceshi[xuanzhong])[:, 1])

xishu = pd.Series(moxing[-1].coef_[0], index=xuanzhong).sort_values()
print(xishu.round(3))

xuanzhong_zuizhong = xiangguan_shaixuan(shuju, houxuan)
zuizhong = xin_moxing().fit(shuju[xuanzhong_zuizhong], shuju[MUBIAO])
X_tijiao = tijiao.reindex(columns=xuanzhong_zuizhong, fill_value=0)
pd.DataFrame({"loan_id": tijiao["loan_id"], "prediction": zuizhong.predict_proba(X_tijiao)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
print("predictions.csv yijing xie hao")
