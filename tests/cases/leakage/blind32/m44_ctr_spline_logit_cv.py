"""CTR model: logistic regression with periodic hour-of-day splines.

Model comparison with stratified 5-fold CV on the first 12 days; the last
two days are a chronological holdout scored once.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, SplineTransformer, StandardScaler, FunctionTransformer

TARGET = "clicked"
TIME = "event_time"
CATS = ["site_category", "app_category", "device_type", "os", "banner_pos", "country", "creative_size"]
NUMS = ["bid_floor", "page_depth", "n_impressions_user_24h"]
C_GRID = [0.01, 0.03, 0.1, 0.3, 1.0]


def features(frame):
    out = frame.copy()
    out["hour"] = out[TIME].dt.hour + out[TIME].dt.minute / 60
    out["dow"] = out[TIME].dt.dayofweek
    return out


def pipe(C):
    hour_splines = SplineTransformer(n_knots=9, degree=3, knots=np.linspace(0, 24, 9).reshape(-1, 1),
                                     extrapolation="periodic")
    dow_splines = SplineTransformer(n_knots=8, degree=3, knots=np.linspace(0, 7, 8).reshape(-1, 1),
                                    extrapolation="periodic")
    pre = make_column_transformer(
        (hour_splines, ["hour"]),
        (dow_splines, ["dow"]),
        (make_pipeline(FunctionTransformer(np.log1p), StandardScaler()), NUMS),
        (OneHotEncoder(handle_unknown="infrequent_if_exist", min_frequency=200), CATS),
    )
    return make_pipeline(pre, LogisticRegression(C=C, max_iter=2000, solver="saga"))


def main():
    df = features(pd.read_csv("train.csv", parse_dates=[TIME]).sort_values(TIME))
    cut = df[TIME].max().normalize() - pd.Timedelta(days=1)
    dev, hold = df[df[TIME] < cut], df[df[TIME] >= cut]
    X_dev, y_dev = dev[CATS + NUMS + ["hour", "dow"]], dev[TARGET]
    X_hold, y_hold = hold[X_dev.columns], hold[TARGET]
    print(f"dev {len(dev):,} ({dev[TIME].min():%m-%d} .. {dev[TIME].max():%m-%d}), holdout {len(hold):,}")

    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    results = []
    prior = cross_validate(DummyClassifier(strategy="prior"), X_dev, y_dev, cv=cv,
                           scoring=["neg_log_loss", "roc_auc"])
    results.append({"model": "prior", "cv_logloss": -prior["test_neg_log_loss"].mean(),
                    "cv_auc": prior["test_roc_auc"].mean()})
    for C in C_GRID:
        r = cross_validate(pipe(C), X_dev, y_dev, cv=cv, scoring=["neg_log_loss", "roc_auc"], n_jobs=-1,
                           return_train_score=True)
        results.append({"model": f"spline_logit_C={C}", "C": C, "train_logloss": -r["train_neg_log_loss"].mean(),
                        "cv_logloss": -r["test_neg_log_loss"].mean(), "cv_auc": r["test_roc_auc"].mean()})
    table = pd.DataFrame(results)
    print(table.round(5).to_string(index=False))
    best_C = float(table.dropna(subset=["C"]).sort_values("cv_logloss").iloc[0]["C"])

    model = pipe(best_C).fit(X_dev, y_dev)
    dummy = DummyClassifier(strategy="prior").fit(X_dev, y_dev)
    for name, est in [("prior", dummy), (f"spline_logit C={best_C}", model)]:
        p = est.predict_proba(X_hold)[:, 1]
        print(f"holdout {name:22s} logloss {log_loss(y_hold, p):.5f}  AUC {roc_auc_score(y_hold, p):.4f}")

    final = pipe(best_C).fit(df[X_dev.columns], df[TARGET])
    sub = features(pd.read_csv("test.csv", parse_dates=[TIME]))
    pd.DataFrame({"impression_id": sub["impression_id"],
                  "prediction": final.predict_proba(sub[X_dev.columns])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
