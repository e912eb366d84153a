"""
Upgrade propensity - out-of-fold scores and a precision@k view for the sales team.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, balanced_accuracy_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

LABEL = "upgraded_30d"

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

train["trial_extended"] = train["trial_extended"].astype(int)
test["trial_extended"] = test["trial_extended"].astype(int)
train["nps_score"] = train["nps_score"].fillna(-1)
test["nps_score"] = test["nps_score"].fillna(-1)

# numeric columns straight in, categoricals one-hot
numeric = train.select_dtypes(include="number").columns.drop(LABEL).tolist()
categorical = train.select_dtypes(exclude="number").columns.tolist()
print("numeric:", numeric)
print("categorical:", categorical)

X = pd.concat([train[numeric], pd.get_dummies(train[categorical], dtype=int)], axis=1)
X_test = pd.concat([test[numeric], pd.get_dummies(test[categorical], dtype=int)], axis=1).reindex(columns=X.columns, fill_value=0)
y = train[LABEL].to_numpy()

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=8)
et = ExtraTreesClassifier(n_estimators=500, min_samples_leaf=4, class_weight="balanced", n_jobs=-1, random_state=8)

oof = cross_val_predict(et, X, y, cv=skf, method="predict_proba")[:, 1]
oof_dummy = cross_val_predict(DummyClassifier(strategy="stratified", random_state=8), X, y, cv=skf,
                              method="predict_proba")[:, 1]

print(f"ExtraTrees  AP {average_precision_score(y, oof):.4f}  AUC {roc_auc_score(y, oof):.4f}  "
      f"bal.acc@0.5 {balanced_accuracy_score(y, (oof >= 0.5).astype(int)):.4f}")
print(f"Dummy       AP {average_precision_score(y, oof_dummy):.4f}  AUC {roc_auc_score(y, oof_dummy):.4f}")


def precision_at_k(y_true, scores, k):
    idx = np.argsort(-scores)[:k]
    return y_true[idx].mean()


for k in [100, 250, 500, 1000]:
    print(f"precision@{k:<5d} model {precision_at_k(y, oof, k):.3f}   dummy {precision_at_k(y, oof_dummy, k):.3f}")

et.fit(X, y)
pd.DataFrame({"user_id": test["user_id"], "prediction": et.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
