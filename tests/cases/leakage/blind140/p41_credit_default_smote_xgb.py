"""Credit card default prediction (UCI 'default of credit card clients', Taiwan 2005).

Only ~22% of clients default, so SMOTE is used to balance the classes before training.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.metrics import classification_report, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

cc = pd.read_excel("data/default of credit card clients.xls", header=1)
cc = cc.rename(columns={"default payment next month": "default", "PAY_0": "PAY_1"})
cc = cc.drop(columns=["ID"])
print(cc.shape, cc["default"].mean().round(3))

# tidy up undocumented category codes
cc["EDUCATION"] = cc["EDUCATION"].replace({0: 4, 5: 4, 6: 4})
cc["MARRIAGE"] = cc["MARRIAGE"].replace({0: 3})

bill = [f"BILL_AMT{i}" for i in range(1, 7)]
paid = [f"PAY_AMT{i}" for i in range(1, 7)]
status = [f"PAY_{i}" for i in range(1, 7)]
cc["util_1"] = cc["BILL_AMT1"] / cc["LIMIT_BAL"]
cc["util_avg"] = cc[bill].mean(axis=1) / cc["LIMIT_BAL"]
cc["pay_ratio_1"] = cc["PAY_AMT1"] / cc["BILL_AMT1"].clip(lower=1)
cc["months_late"] = (cc[status] > 0).sum(axis=1)
cc["max_delay"] = cc[status].max(axis=1)
cc = pd.get_dummies(cc, columns=["EDUCATION", "MARRIAGE"], dtype=int)

X = cc.drop(columns="default")
y = cc["default"]

sm = SMOTE(sampling_strategy=1.0, k_neighbors=5, random_state=21)
X_res, y_res = sm.fit_resample(X, y)
print("after SMOTE:", X_res.shape, y_res.mean())

X_train, X_test, y_train, y_test = train_test_split(
    X_res, y_res, test_size=0.25, stratify=y_res, random_state=21)

dummy = DummyClassifier(strategy="stratified", random_state=21).fit(X_train, y_train)
print("dummy F1 :", round(f1_score(y_test, dummy.predict(X_test)), 4))

xgb = XGBClassifier(n_estimators=600, max_depth=6, learning_rate=0.05, subsample=0.8,
                    colsample_bytree=0.7, min_child_weight=5, eval_metric="logloss",
                    n_jobs=-1, random_state=21)
xgb.fit(X_train, y_train)
proba = xgb.predict_proba(X_test)[:, 1]
pred = (proba > 0.5).astype(int)
print("XGB ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("XGB F1     :", round(f1_score(y_test, pred), 4))
print(classification_report(y_test, pred, digits=3))

imp = pd.Series(xgb.feature_importances_, index=X.columns).nlargest(15)
print(imp)
