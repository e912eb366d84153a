#!/usr/bin/env python
"""Maize yield per field - gradient boosting.

Run: python q11_crop_yield_gbr_fit_report.py   (expects train.csv / test.csv in cwd)
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

TARGET = "yield_t_ha"
ID = "field_id"
NOT_FEATURES = [ID, TARGET, "combine_yield_t_ha", "insurance_claim"]


def haversine_km(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(a))


# grain elevators / ethanol plants in the region (lat, lon) - distance as a proxy for
# management intensity and hybrid choice
ELEVATORS = [(41.59, -93.62), (42.03, -93.47), (42.50, -96.40), (41.26, -95.86), (43.15, -93.20)]


def prepare(df):
    df = df.copy()
    dists = np.column_stack([haversine_km(df.lat, df.lon, la, lo) for la, lo in ELEVATORS])
    df["dist_elevator_km"] = dists.min(axis=1)
    df["ndvi_mean"] = df[["ndvi_jun", "ndvi_jul", "ndvi_aug"]].mean(axis=1)
    df["ndvi_range"] = df[["ndvi_jun", "ndvi_jul", "ndvi_aug"]].max(axis=1) - df[["ndvi_jun", "ndvi_jul", "ndvi_aug"]].min(axis=1)
    df["silt_pct"] = 100 - df.clay_pct - df.sand_pct
    df["irrigated"] = df["irrigated"].astype(int)
    df["gdd_x_precip"] = df.gdd * df.precip_mm / 1e5
    df = pd.get_dummies(df, columns=["soil_type", "region", "hybrid_maturity"], dtype=int)
    return df


def main():
    train = prepare(pd.read_csv("train.csv"))
    test = prepare(pd.read_csv("test.csv"))

    feats = [c for c in train.columns if c not in NOT_FEATURES]
    test = test.reindex(columns=[ID] + feats, fill_value=0)

    # GBR does not accept NaN: soil lab values missing for some fields, -999 sentinel
    X = train[feats].fillna(-999)
    y = train[TARGET]

    model = GradientBoostingRegressor(
        n_estimators=700, learning_rate=0.03, max_depth=4, subsample=0.8,
        min_samples_leaf=10, random_state=42,
    )
    model.fit(X, y)

    fitted = model.predict(X)
    print("== model performance ==")
    print(f"RMSE : {mean_squared_error(y, fitted) ** 0.5:.3f} t/ha")
    print(f"MAE  : {mean_absolute_error(y, fitted):.3f} t/ha")
    print(f"R2   : {r2_score(y, fitted):.3f}")

    by_region = pd.DataFrame({"region": pd.read_csv("train.csv")["region"], "err": y - fitted})
    print(by_region.groupby("region").err.agg(["mean", "std", "count"]).round(3))

    imp = pd.Series(model.feature_importances_, index=feats).sort_values(ascending=False)
    print("\ntop features")
    print(imp.head(12).round(4).to_string())

    preds = model.predict(test[feats].fillna(-999))
    pd.DataFrame({ID: test[ID], "prediction": preds}).to_csv("predictions.csv", index=False)
    print(f"\nwrote {len(preds)} predictions, mean {preds.mean():.2f} t/ha")


if __name__ == "__main__":
    main()
