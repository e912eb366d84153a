"""Claim cost take-home: LightGBM (tweedie) with a policy-level, forward-in-time holdout.

Run: python u01_claims_gbm_policy_holdout.py  (expects train.csv / test.csv in cwd)
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

TARGET = "claim_cost"
ID_COL = "row_id"
GROUP_COL = "policy_id"
TIME_COL = "policy_year"
DROP_COLS = [ID_COL, GROUP_COL, TARGET, "claim_settled_amount"]
CAT_COLS = ["region", "vehicle_group", "coverage_type"]
# levels as listed in the data dictionary of the brief
CAT_LEVELS = {
    "region": ["north", "south", "east", "west", "central", "london"],
    "vehicle_group": ["A", "B", "C", "D", "E", "F"],
    "coverage_type": ["third_party", "third_party_fire_theft", "comprehensive"],
}
VALID_YEAR = 2022
SEED = 7


def load():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(train.shape, test.shape)
    print(train[TIME_COL].value_counts().sort_index())
    return train, test


def add_features(df):
    df = df.copy()
    df["log_mileage"] = np.log1p(df["annual_mileage"].clip(lower=0))
    df["premium_per_deductible"] = df["premium"] / (df["deductible"] + 1)
    df["young_driver"] = (df["driver_age"] < 25).astype(int)
    df["old_vehicle"] = (df["vehicle_age"] >= 10).astype(int)
    df["claims_per_ncd_year"] = df["prior_claim_count"] / (df["no_claims_years"] + 1)
    df["telematics_missing"] = df["telematics_score"].isna().astype(int)
    for c in CAT_COLS:
        df[c] = pd.Categorical(df[c], categories=CAT_LEVELS[c])
    return df


def feature_columns(df):
    return [c for c in df.columns if c not in DROP_COLS + [TIME_COL]]


def policy_holdout(df, frac=0.2, seed=SEED):
    """Hold out a random 20% of policies, and only score them on the last year.

    Training uses the other policies, strictly before VALID_YEAR, so a policy never
    sits on both sides and nothing from the scored year is seen in training.
    """
    rng = np.random.default_rng(seed)
    policies = df[GROUP_COL].unique()
    held = set(rng.choice(policies, size=int(len(policies) * frac), replace=False))
    is_held = df[GROUP_COL].isin(held)
    tr = df[~is_held & (df[TIME_COL] < VALID_YEAR)]
    va = df[is_held & (df[TIME_COL] == VALID_YEAR)]
    return tr, va


def gini(y_true, y_pred):
    order = np.argsort(-y_pred)
    y = np.asarray(y_true)[order]
    cum = np.cumsum(y) / y.sum()
    n = len(y)
    return (cum.sum() / n) - (n + 1) / (2 * n)


def report(name, y_true, pred):
    mae = mean_absolute_error(y_true, pred)
    rmse = mean_squared_error(y_true, pred) ** 0.5
    print(f"{name:<10} MAE={mae:9.2f}  RMSE={rmse:9.2f}  gini={gini(y_true, pred):.4f}")
    return mae


PARAMS = dict(
    objective="tweedie",
    tweedie_variance_power=1.5,
    learning_rate=0.03,
    n_estimators=700,
    num_leaves=31,
    min_child_samples=50,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    random_state=SEED,
    verbose=-1,
)


def main():
    train, test = load()
    train = add_features(train)
    test = add_features(test)
    feats = feature_columns(train)
    print("features:", feats)

    tr, va = policy_holdout(train)
    print("train rows", len(tr), "valid rows", len(va))
    assert not set(tr[GROUP_COL]) & set(va[GROUP_COL])

    baseline = DummyRegressor(strategy="mean").fit(tr[feats], tr[TARGET])
    report("baseline", va[TARGET], baseline.predict(va[feats]))

    model = lgb.LGBMRegressor(**PARAMS)
    model.fit(tr[feats], tr[TARGET], categorical_feature=CAT_COLS)
    pred = model.predict(va[feats])
    report("lgbm", va[TARGET], pred)

    imp = pd.Series(model.feature_importances_, index=feats).sort_values(ascending=False)
    print(imp.head(10))

    # final refit on everything we have
    final = lgb.LGBMRegressor(**PARAMS)
    final.fit(train[feats], train[TARGET], categorical_feature=CAT_COLS)
    out = pd.DataFrame({ID_COL: test[ID_COL], "prediction": final.predict(test[feats])})
    out["prediction"] = out["prediction"].clip(lower=0)
    out.to_csv("predictions.csv", index=False)
    print("wrote", len(out), "predictions")


if __name__ == "__main__":
    main()
