"""
Fraud detection take-home.

One-hot of merchant category / country / device gives ~180 columns, most useless.
Keep the 25 most informative (mutual information) and fit a class-weighted
logistic regression on them. Selection + scaling + model live in one Pipeline,
fitted on the training split only; CV on the training split to sanity check k.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, classification_report
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

SEED = 11

df = pd.read_csv("train.csv")
df = df.drop(columns=["chargeback_flag"])  # only known after a dispute, can't use at decision time
print(df.shape, df["is_fraud"].mean())

df["log_amt"] = np.log1p(df["amount"])
df["foreign"] = (df["country"] != df["card_country"]).astype(int)
df["hour_sin"] = np.sin(2 * np.pi * df["hour"] / 24)
df["hour_cos"] = np.cos(2 * np.pi * df["hour"] / 24)

onehot = pd.get_dummies(df[["merchant_category", "country", "device_type"]], dtype=float)
X_all = pd.concat([df[["log_amt", "foreign", "hour_sin", "hour_cos", "is_online"]], onehot], axis=1)
y = df["is_fraud"].values
print("candidate features:", X_all.shape[1])

X_train, X_holdout, y_train, y_holdout = train_test_split(X_all, y, test_size=0.2, stratify=y, random_state=SEED)


def make_model(k):
    return Pipeline([
        ("select", SelectKBest(mutual_info_classif, k=k)),
        ("scale", StandardScaler()),
        ("clf", LogisticRegression(class_weight="balanced", C=0.3, max_iter=2000)),
    ])


cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
for k in (10, 25, 50):
    s = cross_val_score(make_model(k), X_train, y_train, cv=cv, scoring="average_precision")
    print(f"k={k:3d} cv AP {s.mean():.4f} +/- {s.std():.4f}")

model = make_model(25).fit(X_train, y_train)
kept = X_all.columns[model.named_steps["select"].get_support()]
print("kept:", list(kept))

base = DummyClassifier(strategy="stratified", random_state=SEED).fit(X_train, y_train)

for name, m in [("baseline (stratified dummy)", base), ("logreg", model)]:
    proba = m.predict_proba(X_holdout)[:, 1]
    print(f"{name:28s} AP={average_precision_score(y_holdout, proba):.4f} AUC={roc_auc_score(y_holdout, proba):.4f}")

print(classification_report(y_holdout, model.predict(X_holdout), digits=3))

coefs = pd.Series(model.named_steps["clf"].coef_[0], index=kept).sort_values()
print(coefs.tail(10))
