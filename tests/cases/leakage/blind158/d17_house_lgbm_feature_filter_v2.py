import logging

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_log_error
from sklearn.model_selection import train_test_split

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("houses")

SEED = 99
LEAK = ["price_per_sqft", "assessed_value_after_sale"]


def build_features(frame: pd.DataFrame) -> pd.DataFrame:
    f = frame.copy()
    f["age"] = 2024 - f["year_built"]
    f["age_sq"] = f["age"] ** 2
    f["living_x_baths"] = f["living_area_sqft"] * f["bathrooms"]
    f["lot_per_living"] = f["lot_size_sqft"] / f["living_area_sqft"].clip(lower=100)
    f["is_new"] = (f["age"] <= 5).astype(int)
    f["big_garage"] = (f["garage_spaces"] >= 3).astype(int)
    f = pd.get_dummies(f, columns=["neighborhood", "condition", "zip_code"], prefix=["nb", "cond", "zip"], dtype=float)
    return f


def main():
    df = pd.read_csv("train.csv").drop(columns=LEAK)
    log.info("loaded %s rows", len(df))
    feats = build_features(df)
    y = np.log1p(feats.pop("sale_price"))
    ids = feats.pop("property_id")

    X_train, X_val, y_train, y_val = train_test_split(feats, y, test_size=0.2, random_state=SEED)

    # many sparse dummies -> keep only columns with some linear association with price
    # (filter computed on the training split only)
    corr = X_train.apply(lambda col: np.corrcoef(col.fillna(col.median()), y_train)[0, 1])
    keep = corr[corr.abs() >= 0.05].index.tolist()
    log.info("kept %d of %d columns after the correlation filter", len(keep), feats.shape[1])
    X_train, X_val = X_train[keep], X_val[keep]

    model = lgb.LGBMRegressor(n_estimators=1500, learning_rate=0.015, num_leaves=48,
                              min_child_samples=10, colsample_bytree=0.6, subsample=0.8,
                              subsample_freq=1, random_state=SEED, verbose=-1)
    model.fit(X_train, y_train)
    pred = model.predict(X_val)

    naive = DummyRegressor(strategy="mean").fit(X_train, y_train).predict(X_val)
    for name, p in (("baseline (mean)", naive), ("lightgbm", pred)):
        log.info("%-16s RMSLE=%.4f  MAE=$%.0f", name,
                 mean_squared_log_error(np.expm1(y_val), np.expm1(p)) ** 0.5,
                 mean_absolute_error(np.expm1(y_val), np.expm1(p)))

    # final fit + predictions
    model.fit(feats[keep], y)
    test = pd.read_csv("test.csv").drop(columns=LEAK, errors="ignore")
    test_feats = build_features(test).reindex(columns=feats.columns, fill_value=0)
    out = pd.DataFrame({"property_id": test["property_id"], "prediction": np.expm1(model.predict(test_feats[keep]))})
    out.to_csv("predictions.csv", index=False)
    log.info("done: %d predictions", len(out))


if __name__ == "__main__":
    main()
