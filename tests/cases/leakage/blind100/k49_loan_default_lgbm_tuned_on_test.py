"""Loan default - LightGBM with early stopping and an F1-optimal threshold."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, precision_score, recall_score

DROP = ["application_id", "customer_id", "bad_loan", "recoveries", "collection_recovery_fee", "last_pymnt_amnt"]

df = pd.read_csv("train.csv")
df["term_months"] = df["term"].str.extract(r"(\d+)").astype(float)
df["log_income"] = np.log1p(df["annual_inc"])
df["loan_to_income"] = df["loan_amnt"] / df["annual_inc"].clip(lower=1)
for col in ["grade", "emp_length", "home_ownership", "purpose"]:
    df[col] = df[col].astype("category")

X = df.drop(columns=DROP + ["term", "annual_inc"])
y = df["bad_loan"]
print(X.dtypes)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=99)

dummy = DummyClassifier(strategy="stratified", random_state=99).fit(X_train, y_train)
print("dummy F1:", f1_score(y_test, dummy.predict(X_test)))

clf = lgb.LGBMClassifier(
    n_estimators=5000,
    learning_rate=0.02,
    num_leaves=31,
    min_child_samples=40,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    is_unbalance=True,
    random_state=99,
    verbose=-1,
)
clf.fit(
    X_train, y_train,
    eval_set=[(X_test, y_test)],
    eval_metric="auc",
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(200)],
)
print("best iteration:", clf.best_iteration_)

proba = clf.predict_proba(X_test)[:, 1]
print("test ROC AUC:", roc_auc_score(y_test, proba))

thresholds = np.linspace(0.05, 0.95, 91)
f1s = np.array([f1_score(y_test, (proba >= t).astype(int)) for t in thresholds])
t_best = thresholds[f1s.argmax()]
pred = (proba >= t_best).astype(int)
print(f"threshold={t_best:.2f}  F1={f1_score(y_test, pred):.4f}  "
      f"precision={precision_score(y_test, pred):.4f}  recall={recall_score(y_test, pred):.4f}")

imp = pd.Series(clf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp)
