import pandas as pd
import numpy as np
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.metrics import accuracy_score


def prepare(df):
    out = pd.DataFrame(index=df.index)
    out["claim_amount"] = df["claim_amount"]
    out["vehicle_age"] = df["vehicle_age"]
    out["insured_age"] = df["insured_age"]
    out["witnesses"] = df["witnesses"].fillna(0)
    out["num_prior_claims"] = df["num_prior_claims"]
    out["premium_annual"] = df["premium_annual"]
    out["policy_tenure_days"] = (df["claim_date"] - df["policy_start_date"]).dt.days
    out["has_police_report"] = (df["police_report_available"] == "YES").astype(int)
    out["severity_code"] = df["incident_severity"].map({"minor": 0, "major": 1, "total_loss": 2}).fillna(-1)
    out["is_theft"] = (df["incident_type"] == "theft").astype(int)
    out["is_fire"] = (df["incident_type"] == "fire").astype(int)
    out["claim_weekday"] = df["claim_date"].dt.weekday
    return out


claims = pd.read_csv("train.csv", parse_dates=["claim_date", "policy_start_date"])
claims = claims.sort_values("claim_date").reset_index(drop=True)

X = prepare(claims)
y = claims["is_fraud"]

# hold out the final 3 months of claims
holdout_start = claims["claim_date"].max() - pd.DateOffset(months=3)
is_test = claims["claim_date"] > holdout_start
X_train, y_train = X[~is_test], y[~is_test]
X_test, y_test = X[is_test], y[is_test]
print("train", X_train.shape, "test", X_test.shape)

model = ExtraTreesClassifier(n_estimators=400, min_samples_leaf=3, max_features=0.6,
                             class_weight="balanced_subsample", random_state=1, n_jobs=-1)

# time-ordered CV on the training months only
tscv = TimeSeriesSplit(n_splits=5)
cv_scores = cross_val_score(model, X_train, y_train, cv=tscv)
print("CV scores:", np.round(cv_scores, 4), "mean", cv_scores.mean().round(4))

model.fit(X_train, y_train)
test_pred = model.predict(X_test)

baseline = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("Baseline (always not-fraud) accuracy:", round(accuracy_score(y_test, baseline.predict(X_test)), 4))
print("ExtraTrees accuracy:             ", round(accuracy_score(y_test, test_pred), 4))

top = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
print(top)

model.fit(X, y)
sub = pd.read_csv("test.csv", parse_dates=["claim_date", "policy_start_date"])
pd.DataFrame({"claim_id": sub["claim_id"], "prediction": model.predict_proba(prepare(sub))[:, 1]}) \
    .to_csv("predictions.csv", index=False)
