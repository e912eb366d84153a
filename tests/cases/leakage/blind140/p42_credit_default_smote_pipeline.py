"""Credit card default prediction (UCI 'default of credit card clients', Taiwan 2005).

SMOTE sits inside an imblearn Pipeline: it only ever resamples the rows a model is trained
on (each CV training fold, then the full training split); the test split is untouched.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.dummy import DummyClassifier
from sklearn.metrics import classification_report, f1_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from xgboost import XGBClassifier

cc = pd.read_excel("data/default of credit card clients.xls", header=1)
cc = cc.rename(columns={"default payment next month": "default", "PAY_0": "PAY_1"})
cc = cc.drop(columns=["ID"])
print(cc.shape, cc["default"].mean().round(3))

cc["EDUCATION"] = cc["EDUCATION"].replace({0: 4, 5: 4, 6: 4})
cc["MARRIAGE"] = cc["MARRIAGE"].replace({0: 3})

bill = [f"BILL_AMT{i}" for i in range(1, 7)]
status = [f"PAY_{i}" for i in range(1, 7)]
cc["util_1"] = cc["BILL_AMT1"] / cc["LIMIT_BAL"]
cc["util_avg"] = cc[bill].mean(axis=1) / cc["LIMIT_BAL"]
cc["pay_ratio_1"] = cc["PAY_AMT1"] / cc["BILL_AMT1"].clip(lower=1)
cc["months_late"] = (cc[status] > 0).sum(axis=1)
cc["max_delay"] = cc[status].max(axis=1)
cc = pd.get_dummies(cc, columns=["EDUCATION", "MARRIAGE"], dtype=int)

X = cc.drop(columns="default")
y = cc["default"]
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=21)

model = ImbPipeline([
    ("smote", SMOTE(sampling_strategy=1.0, k_neighbors=5, random_state=21)),
    ("xgb", XGBClassifier(n_estimators=600, max_depth=6, learning_rate=0.05, subsample=0.8,
                          colsample_bytree=0.7, min_child_weight=5, eval_metric="logloss",
                          n_jobs=-1, random_state=21)),
])
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=21)
cv_auc = cross_val_score(model, X_train, y_train, cv=cv, scoring="roc_auc", n_jobs=-1)
print("CV ROC AUC: %.4f +/- %.4f" % (cv_auc.mean(), cv_auc.std()))

model.fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]
pred = (proba > 0.5).astype(int)

dummy = DummyClassifier(strategy="stratified", random_state=21).fit(X_train, y_train)
print("dummy F1    :", round(f1_score(y_test, dummy.predict(X_test)), 4))
print("test ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("test F1     :", round(f1_score(y_test, pred), 4))
print(classification_report(y_test, pred, digits=3))
