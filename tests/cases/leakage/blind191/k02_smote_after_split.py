"""Card fraud take-home: SMOTE + logistic regression.

Plan: build simple row-level features, hold out 20% for evaluation,
balance only the training part with SMOTE and compare against a prior baseline.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

RANDOM_STATE = 42
CATEGORICALS = ["merchant_category", "country", "device"]


def build_features(df: pd.DataFrame) -> pd.DataFrame:
    """Row-wise features only (no statistics learned across rows)."""
    out = pd.DataFrame(index=df.index)
    out["log_amount"] = np.log1p(df["amount"].clip(lower=0))
    ts = pd.to_datetime(df["transaction_time"])
    out["hour"] = ts.dt.hour
    out["dayofweek"] = ts.dt.dayofweek
    out["is_night"] = out["hour"].between(0, 5).astype(int)
    out["is_weekend"] = (out["dayofweek"] >= 5).astype(int)
    dummies = pd.get_dummies(df[CATEGORICALS], prefix=CATEGORICALS, dtype=int)
    return pd.concat([out, dummies], axis=1)


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train["is_fraud"].value_counts(normalize=True))

X = build_features(train)
y = train["is_fraud"].values
X_submit = build_features(test).reindex(columns=X.columns, fill_value=0)

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE
)

# balance only the training part so the model actually sees frauds
smote = SMOTE(random_state=RANDOM_STATE, k_neighbors=5)
X_train_bal, y_train_bal = smote.fit_resample(X_train, y_train)
print("after SMOTE:", np.bincount(y_train_bal))

model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.5))
model.fit(X_train_bal, y_train_bal)

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)

for name, est in [("baseline (prior)", baseline), ("smote + logreg", model)]:
    proba = est.predict_proba(X_test)[:, 1]
    print(f"{name:>18}: ROC AUC={roc_auc_score(y_test, proba):.4f} "
          f"PR AUC={average_precision_score(y_test, proba):.4f}")

print(classification_report(y_test, model.predict(X_test), digits=3))

# final model on everything for the submission
X_full, y_full = SMOTE(random_state=RANDOM_STATE).fit_resample(X, y)
final = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.5))
final.fit(X_full, y_full)
pd.DataFrame({
    "transaction_id": test["transaction_id"],
    "prediction": final.predict_proba(X_submit)[:, 1],
}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
