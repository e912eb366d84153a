"""HVAC fault classifier (LightGBM) with diagnostics.

Deliverable: predictions.csv with the fault probability per building-day of the
new buildings, plus a short look at how well the model separates faulty days.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

TARGET = "fault"
ID = "row_id"


def load():
    tr = pd.read_csv("train.csv", parse_dates=["date"])
    te = pd.read_csv("test.csv", parse_dates=["date"])
    return tr, te


def build(d):
    d = d.sort_values(["building_id", "date"]).copy()
    g = d.groupby("building_id")
    d["delta_t"] = d.return_temp - d.supply_temp
    d["delta_t_3d"] = g.delta_t.transform(lambda s: s.rolling(3, min_periods=1).mean())
    d["zone_std_3d"] = g.zone_temp_std.transform(lambda s: s.rolling(3, min_periods=1).mean())
    d["chiller_per_cdd"] = d.chiller_kw / ((d.outdoor_temp - 18).clip(lower=0) + 1)
    d["fan_per_area"] = d.fan_kw / d.floor_area_m2
    d["age"] = d.date.dt.year - d.year_built
    d["month"] = d.date.dt.month
    for c in ["climate_zone", "building_type", "hvac_type"]:
        d[c] = d[c].astype(str)
    return pd.get_dummies(d, columns=["climate_zone", "building_type", "hvac_type"], dtype=int)


def main():
    train, test = load()
    print(f"{len(train)} building-days, {train.building_id.nunique()} buildings, "
          f"fault rate {train[TARGET].mean():.3f}")
    train, test = build(train), build(test)

    feats = [c for c in train.columns
             if c not in (ID, "building_id", "date", "lat", "lon", TARGET, "technician_visit")]
    test = test.reindex(columns=[ID] + feats, fill_value=0)

    model = lgb.LGBMClassifier(n_estimators=700, learning_rate=0.03, num_leaves=31,
                               min_child_samples=40, subsample=0.8, subsample_freq=1,
                               colsample_bytree=0.8, scale_pos_weight=6, verbose=-1, random_state=0)
    model.fit(train[feats], train[TARGET])

    p = model.predict_proba(train[feats])[:, 1]
    print(f"ROC AUC {roc_auc_score(train[TARGET], p):.3f}")
    print(f"PR AUC  {average_precision_score(train[TARGET], p):.3f}")
    print(classification_report(train[TARGET], (p >= 0.5).astype(int), digits=3))

    imp = pd.Series(model.booster_.feature_importance("gain"), index=feats)
    print((imp / imp.sum()).sort_values(ascending=False).head(12).round(3).to_string())

    pd.DataFrame({ID: test[ID], "prediction": model.predict_proba(test[feats])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
