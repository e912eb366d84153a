# Insurance fraud take-home: XGBoost with 5-fold stratified cross-validation.
import numpy as np
import pandas as pd
from sklearn.model_selection import StratifiedKFold, cross_val_score
from xgboost import XGBClassifier

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

# SIU columns are filled after the investigation -> not available at claim time
train = train.drop(columns=["investigation_outcome", "recovered_amount"])
test = test.drop(columns=["investigation_outcome", "recovered_amount"], errors="ignore")

cat_cols = ["vehicle_category", "incident_type", "collision_type", "incident_severity",
            "police_report_available", "repair_shop", "region"]


def build(df):
    X = df.drop(columns=["claim_id", "policy_id", "is_fraud"], errors="ignore").copy()
    X["amount_per_witness"] = X["claim_amount"] / (X["witnesses"] + 1)
    X["prior_claims_per_year"] = X["num_prior_claims"] / (X["policy_tenure_months"] / 12 + 1)
    return pd.get_dummies(X, columns=cat_cols, dtype=int)


X = build(train)
y = train["is_fraud"]
X_test = build(test).reindex(columns=X.columns, fill_value=0)

model = XGBClassifier(
    n_estimators=500,
    max_depth=4,
    learning_rate=0.05,
    subsample=0.8,
    colsample_bytree=0.8,
    eval_metric="logloss",
    random_state=42,
)

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
scores = cross_val_score(model, X, y, cv=skf, scoring="accuracy")
print("fold accuracies:", np.round(scores, 4))
print(f"mean CV accuracy: {scores.mean():.4f} +/- {scores.std():.4f}")

model.fit(X, y)
pd.DataFrame({"claim_id": test["claim_id"], "prediction": model.predict_proba(X_test)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
print("predictions.csv written:", len(X_test), "rows")
