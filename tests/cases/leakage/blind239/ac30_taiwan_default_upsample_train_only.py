# Default of credit card clients (Taiwan, UCI) - predict default next month
# 22% defaulters -> upsample the minority class so the classifiers don't just say "no default"

import numpy as np
import pandas as pd
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, recall_score, precision_score, classification_report

RS = 123

cc = pd.read_csv("UCI_Credit_Card.csv")
cc = cc.rename(columns={"default.payment.next.month": "default", "PAY_0": "PAY_1"})
cc = cc.drop(columns=["ID"])
print(cc.shape)
print(cc["default"].value_counts())

# undocumented codes -> "other"
cc.loc[~cc["EDUCATION"].isin([1, 2, 3]), "EDUCATION"] = 4
cc.loc[~cc["MARRIAGE"].isin([1, 2]), "MARRIAGE"] = 3

bill_cols = [f"BILL_AMT{i}" for i in range(1, 7)]
pay_amt_cols = [f"PAY_AMT{i}" for i in range(1, 7)]
pay_cols = [f"PAY_{i}" for i in range(1, 7)]

cc["util_1"] = cc["BILL_AMT1"] / cc["LIMIT_BAL"]
cc["avg_util"] = cc[bill_cols].mean(axis=1) / cc["LIMIT_BAL"]
cc["pay_ratio_1"] = cc["PAY_AMT1"] / cc["BILL_AMT1"].clip(lower=1)
cc["months_late"] = (cc[pay_cols] > 0).sum(axis=1)
cc["max_delay"] = cc[pay_cols].max(axis=1)
cc = pd.get_dummies(cc, columns=["EDUCATION", "MARRIAGE"], drop_first=True, dtype=int)

train_df, test_df = train_test_split(cc, test_size=0.2, random_state=RS, stratify=cc["default"])

# ---- balance the classes (training rows only; test keeps the real 22%) ----
majority = train_df[train_df["default"] == 0]
minority = train_df[train_df["default"] == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=RS)
balanced = pd.concat([majority, minority_up]).sample(frac=1, random_state=RS).reset_index(drop=True)
print("train after upsampling:", balanced["default"].value_counts().to_dict())

X_train = balanced.drop(columns="default")
y_train = balanced["default"]
X_test = test_df.drop(columns="default")
y_test = test_df["default"]
X = X_train

candidates = {
    "dummy": DummyClassifier(strategy="stratified", random_state=RS),
    "logreg": Pipeline([("sc", StandardScaler()), ("lr", LogisticRegression(max_iter=2000))]),
    "rf": RandomForestClassifier(n_estimators=400, max_depth=None, min_samples_leaf=2, n_jobs=-1, random_state=RS),
    "et": ExtraTreesClassifier(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=RS),
}

rows = []
for name, clf in candidates.items():
    clf.fit(X_train, y_train)
    prob = clf.predict_proba(X_test)[:, 1]
    pred = clf.predict(X_test)
    rows.append((name, roc_auc_score(y_test, prob), f1_score(y_test, pred),
                 recall_score(y_test, pred), precision_score(y_test, pred)))

report = pd.DataFrame(rows, columns=["model", "auc", "f1", "recall", "precision"]).set_index("model")
print(report.round(4))

print(classification_report(y_test, candidates["rf"].predict(X_test), target_names=["paid", "default"]))

top = pd.Series(candidates["rf"].feature_importances_, index=X.columns).nlargest(12)
print(top.round(4))
