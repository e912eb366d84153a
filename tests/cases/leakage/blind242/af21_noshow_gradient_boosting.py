"""
No-show risk per booked shift - gradient boosting.

Steps: merge courier + zone info, a few features, fit, report, write predictions.csv.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, classification_report

LEAKY = ["checkin_ts", "replacement_assigned"]  # only known once the shift has started


def prepare(raw, couriers, zones):
    d = raw.drop(columns=[c for c in LEAKY if c in raw.columns])
    d = d.merge(couriers, on="courier_id", how="left").merge(zones, on="zone_id", how="left")
    d["shift_date"] = pd.to_datetime(d["shift_date"])
    d["signup_date"] = pd.to_datetime(d["signup_date"])
    d["days_since_signup"] = (d["shift_date"] - d["signup_date"]).dt.days
    d["hist_rate"] = d["past_noshows"] / d["past_shifts"].where(d["past_shifts"] > 0)
    d["hist_rate"] = d["hist_rate"].fillna(-1)
    d["weekday"] = d["shift_date"].dt.weekday
    d["home_zone"] = (d["zone_id"] == d["home_zone_id"]).astype(int)
    d = pd.get_dummies(d, columns=["vehicle_type", "age_band", "region"], dtype=int)
    return d


couriers = pd.read_csv("couriers.csv")
zones = pd.read_csv("zones.csv")
train = prepare(pd.read_csv("train.csv"), couriers, zones)
test = prepare(pd.read_csv("test.csv"), couriers, zones)

non_features = ["shift_id", "courier_id", "zone_id", "home_zone_id", "shift_date", "signup_date", "no_show"]
features = [c for c in train.columns if c not in non_features]
test = test.reindex(columns=train.columns, fill_value=0)

X, y = train[features], train["no_show"]
print(X.shape, "positives:", y.mean().round(3))

gbc = GradientBoostingClassifier(n_estimators=250, learning_rate=0.05, max_depth=3, subsample=0.9, random_state=5)
gbc.fit(X, y)

pred = gbc.predict(X)
proba = gbc.predict_proba(X)[:, 1]
majority_acc = max(y.mean(), 1 - y.mean())
print(f"majority-class baseline accuracy: {majority_acc:.3f}")
print(f"GBM accuracy: {accuracy_score(y, pred):.3f}")
print(f"GBM ROC AUC:  {roc_auc_score(y, proba):.3f}")
print(classification_report(y, pred, digits=3))

imp = pd.Series(gbc.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(10).round(3))

sub = pd.DataFrame({"shift_id": test["shift_id"], "prediction": gbc.predict_proba(test[features])[:, 1]})
sub.to_csv("predictions.csv", index=False)
print("saved", sub.shape)
