# Fraud model v2 - random forest with the fraud claims upsampled.
# Only ~7% of claims are fraud and the forest was mostly learning "not fraud",
# so I bring fraud up to roughly a quarter of the rows before training.
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.utils import resample

df = pd.read_csv("train.csv", parse_dates=["claim_date"])
print(df.shape, "fraud rate", round(df.is_fraud.mean(), 3))

LEAKY = ["siu_outcome", "amount_paid"]  # filled in after the investigation
df = df.drop(columns=LEAKY)

df["claim_dow"] = df["claim_date"].dt.dayofweek
df["log_amount"] = np.log1p(df["claim_amount"])
df["amount_per_premium"] = df["claim_amount"] / df["premium_annual"]
df["has_prior_claims"] = (df["n_prior_claims"] > 0).astype(int)
for c in ["police_report", "witness_present", "third_party_involved"]:
    df[c] = (df[c] == "Y").astype(int)
df = pd.get_dummies(df, columns=["incident_type", "region"])

fraud = df[df.is_fraud == 1]
genuine = df[df.is_fraud == 0]
print(len(fraud), "fraud /", len(genuine), "genuine")

fraud_up = resample(fraud, replace=True, n_samples=len(genuine) // 3, random_state=1)
balanced = pd.concat([genuine, fraud_up]).sample(frac=1, random_state=1)
print("fraud share after upsampling:", round(balanced.is_fraud.mean(), 3))

features = [c for c in balanced.columns
            if c not in ("claim_id", "policyholder_id", "claim_date", "repair_shop", "is_fraud")]

# keep each policyholder on one side
splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=1)
tr, te = next(splitter.split(balanced, groups=balanced["policyholder_id"]))
train, test = balanced.iloc[tr], balanced.iloc[te]

X_tr, y_tr = train[features], train["is_fraud"]
X_te, y_te = test[features], test["is_fraud"]

dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_tr, y_tr)
rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=5, max_features="sqrt",
                            n_jobs=-1, random_state=0)
rf.fit(X_tr, y_tr)

for name, model in [("dummy (stratified)", dummy), ("random forest", rf)]:
    p = model.predict_proba(X_te)[:, 1]
    pred = (p >= 0.5).astype(int)
    print(f"{name:20s} AUC={roc_auc_score(y_te, p):.3f} AP={average_precision_score(y_te, p):.3f} "
          f"precision={precision_score(y_te, pred, zero_division=0):.3f} recall={recall_score(y_te, pred):.3f}")

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(12).round(4))
