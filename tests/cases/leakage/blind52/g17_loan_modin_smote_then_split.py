"""Loan default -- take-home submission.

modin.pandas is a drop-in replacement for pandas that parallelises reads and
column ops; everything below is ordinary pandas/sklearn code.
"""
import modin.pandas as pd
import numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, classification_report

SEED = 2024
TARGET = "defaulted"
POST_OUTCOME = ["recovery_amount", "days_past_due_90"]


def build_features(df):
    out = pd.DataFrame(index=df.index)
    out["credit_score"] = df["credit_score"]
    out["interest_rate"] = df["interest_rate"]
    out["dti"] = df["dti"].clip(upper=60)
    out["term_60"] = (df["term_months"] == 60).astype(int)
    out["log_income"] = np.log1p(df["applicant_income"])
    out["log_amount"] = np.log1p(df["loan_amount"])
    out["loan_to_income"] = df["loan_amount"] / (df["applicant_income"] + 1)
    out["employment_years"] = df["employment_years"].fillna(0).clip(upper=10)
    out["num_open_accounts"] = df["num_open_accounts"]
    out["delinquencies_2y"] = df["delinquencies_2y"].clip(upper=5)
    dummies = pd.get_dummies(df[["home_ownership", "purpose"]], dtype=int)
    return pd.concat([out, dummies], axis=1)


train_df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")
print(train_df.shape, test_df.shape)
print(train_df[TARGET].value_counts(normalize=True).round(3))
print(train_df.drop(columns=POST_OUTCOME).describe().T)
print(train_df.groupby("purpose")[TARGET].agg(["mean", "count"]))

X = build_features(train_df)
y = train_df[TARGET]
X_test = build_features(test_df).reindex(columns=X.columns, fill_value=0)

# about one loan in five defaults -- balance the classes with SMOTE
X_bal, y_bal = SMOTE(random_state=SEED, k_neighbors=5).fit_resample(X._to_pandas(), y._to_pandas())
print("after SMOTE:", y_bal.value_counts().to_dict())

X_tr, X_va, y_tr, y_va = train_test_split(X_bal, y_bal, test_size=0.25,
                                          stratify=y_bal, random_state=SEED)

gb = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3,
                                subsample=0.8, random_state=SEED)
gb.fit(X_tr, y_tr)
proba = gb.predict_proba(X_va)[:, 1]
print("GBM   ROC AUC: %.4f   F1: %.4f" % (roc_auc_score(y_va, proba),
                                          f1_score(y_va, proba >= 0.5)))
print(classification_report(y_va, proba >= 0.5, digits=3))

dummy = DummyClassifier(strategy="stratified", random_state=SEED).fit(X_tr, y_tr)
d_proba = dummy.predict_proba(X_va)[:, 1]
print("Dummy ROC AUC: %.4f   F1: %.4f" % (roc_auc_score(y_va, d_proba),
                                          f1_score(y_va, d_proba >= 0.5)))

imp = pd.Series(gb.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(12))

# final model on the full resampled data
gb.fit(X_bal, y_bal)
pred = gb.predict_proba(X_test._to_pandas())[:, 1]
pd.DataFrame({"loan_id": test_df["loan_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("saved predictions.csv")
