"""CTR take-home: hashed one-hot logistic regression, 5-fold CV, then a submission.

python ctr_model.py  ->  predictions.csv
"""
import time

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, StandardScaler

CAT_COLS = ["ad_id", "advertiser_id", "campaign_id", "site_category", "device_type", "os",
            "user_age_bucket"]
NUM_COLS = ["bid_price", "position", "user_past_clicks_30d", "hour", "banner_area"]


def load(path):
    frame = pd.read_csv(path, parse_dates=["event_time"])
    frame["hour"] = frame["event_time"].dt.hour
    frame["banner_area"] = frame["banner_w"] * frame["banner_h"]
    return frame


def to_token_dicts(frame):
    return [{f"{c}={v}": 1 for c, v in row.items()} for row in frame[CAT_COLS].astype(str).to_dict("records")]


def build_pipeline(alpha=1e-5):
    hashed = Pipeline([
        ("tokens", FunctionTransformer(to_token_dicts)),
        ("hash", FeatureHasher(n_features=2 ** 18, input_type="dict")),
    ])
    features = ColumnTransformer([
        ("cat", hashed, CAT_COLS),
        ("num", StandardScaler(), NUM_COLS),
    ])
    clf = SGDClassifier(loss="log_loss", alpha=alpha, max_iter=30, tol=1e-4, random_state=0)
    return Pipeline([("features", features), ("clf", clf)])


def main():
    t0 = time.time()
    train = load("train.csv").sort_values("event_time").reset_index(drop=True)
    test = load("test.csv")
    print(f"{len(train)} impressions, CTR {train['clicked'].mean():.4f}, "
          f"{train['event_time'].min():%Y-%m-%d} .. {train['event_time'].max():%Y-%m-%d}")
    print(train.groupby("position")["clicked"].mean().round(4))

    X = train[CAT_COLS + NUM_COLS]
    y = train["clicked"].to_numpy()

    # folds move forward in time, with a gap of impressions between fit and score rows
    cv = TimeSeriesSplit(n_splits=5, gap=5000)

    scoring = ["neg_log_loss", "roc_auc", "average_precision"]
    rows = {}
    for name, est in [("dummy_prior", DummyClassifier(strategy="prior")),
                      ("sgd_logistic", build_pipeline())]:
        res = cross_validate(est, X, y, cv=cv, scoring=scoring, n_jobs=1)
        rows[name] = {
            "log_loss": -res["test_neg_log_loss"].mean(),
            "roc_auc": res["test_roc_auc"].mean(),
            "pr_auc": res["test_average_precision"].mean(),
            "fold_auc_min": res["test_roc_auc"].min(),
        }
    print(pd.DataFrame(rows).T.round(5))

    for alpha in (1e-6, 1e-5, 1e-4):
        res = cross_validate(build_pipeline(alpha), X, y, cv=cv, scoring="neg_log_loss")
        print(f"alpha={alpha:g}: log_loss={-res['test_score'].mean():.5f}")

    model = build_pipeline().fit(X, y)
    pred = model.predict_proba(test[CAT_COLS + NUM_COLS])[:, 1]
    pd.DataFrame({"impression_id": test["impression_id"], "prediction": pred}).to_csv(
        "predictions.csv", index=False)
    print(f"done in {time.time() - t0:.0f}s; mean predicted CTR {np.mean(pred):.4f}")


if __name__ == "__main__":
    main()
