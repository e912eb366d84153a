"""CTR model - fit and diagnostics.

A single histogram GBM on the full click log with calendar features and
past-only user activity; the write-up discusses calibration and the
segments where the model is least reliable.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.calibration import calibration_curve
from sklearn.metrics import average_precision_score, brier_score_loss, log_loss, roc_auc_score

TARGET = "clicked"
TIME = "event_time"
CATEGORICAL = ["site_category", "app_category", "device_type", "os", "banner_pos", "country", "connection_type",
               "creative_size", "user_segment"]
NUMERIC = ["bid_floor", "page_depth", "n_impressions_user_24h"]
HGB = dict(learning_rate=0.06, max_iter=400, max_leaf_nodes=63, min_samples_leaf=300,
           categorical_features="from_dtype", early_stopping=False, random_state=1)


def add_features(df):
    df = df.sort_values(TIME, kind="stable").copy()
    df["hour"] = df[TIME].dt.hour
    df["dow"] = df[TIME].dt.dayofweek
    # user's impressions in the previous hour, previous rows only
    df["_one"] = 1
    df["user_imps_prev_1h"] = (
        df.set_index(TIME).groupby("user_segment")["_one"].transform(lambda s: s.shift(1).rolling("1h").sum())
        .fillna(0).to_numpy()
    )
    df = df.drop(columns="_one")
    for c in CATEGORICAL:
        df[c] = df[c].astype("category")
    return df


def main():
    df = add_features(pd.read_csv("train.csv", parse_dates=[TIME]))
    features = CATEGORICAL + NUMERIC + ["hour", "dow", "user_imps_prev_1h"]
    X, y = df[features], df[TARGET]

    clf = HistGradientBoostingClassifier(**HGB).fit(X, y)
    p = clf.predict_proba(X)[:, 1]
    print(f"log loss {log_loss(y, p):.5f} | ROC AUC {roc_auc_score(y, p):.4f} | PR AUC {average_precision_score(y, p):.4f}"
          f" | Brier {brier_score_loss(y, p):.5f}")

    frac_pos, mean_pred = calibration_curve(y, p, n_bins=15, strategy="quantile")
    print(pd.DataFrame({"mean_pred": mean_pred, "observed": frac_pos}).round(4).to_string(index=False))

    seg = pd.DataFrame({"device": df["device_type"], "country": df["country"], "y": y, "p": p})
    worst = (seg.groupby(["device", "country"], observed=True)
             .apply(lambda g: pd.Series({"n": len(g), "ctr": g.y.mean(), "pred": g.p.mean(),
                                         "auc": roc_auc_score(g.y, g.p) if g.y.nunique() > 1 else np.nan}))
             .query("n > 5000").sort_values("auc").head(10))
    print(worst.round(4))

    by_hour = pd.DataFrame({"hour": df["hour"], "y": y, "p": p}).groupby("hour")[["y", "p"]].mean()
    print(by_hour.round(4).T)

    sub = add_features(pd.read_csv("test.csv", parse_dates=[TIME]))
    for c in CATEGORICAL:
        sub[c] = pd.Categorical(sub[c], categories=df[c].cat.categories)
    pd.DataFrame({"impression_id": sub["impression_id"], "prediction": clf.predict_proba(sub[features])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
