"""Ad click-through: boosted trees on all numeric signals + encoded categoricals.

Everything numeric in the log goes in (ids of advertisers/campaigns are
integers and act as high-cardinality codes for the trees); strings are
ordinal-encoded and flagged as categorical. Chronological holdout.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder

TARGET = "clicked"
TIME = "event_time"
SEED = 0


def model():
    pre = make_column_transformer(
        (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1, encoded_missing_value=-1),
         make_column_selector(dtype_include=object)),
        ("passthrough", make_column_selector(dtype_include=np.number)),
        verbose_feature_names_out=False,
    ).set_output(transform="pandas")
    hgb = HistGradientBoostingClassifier(learning_rate=0.08, max_iter=350, max_leaf_nodes=63, min_samples_leaf=300,
                                         random_state=SEED)
    return make_pipeline(pre, hgb)


def main():
    df = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values(TIME, kind="stable").reset_index(drop=True)
    df["hour"] = df[TIME].dt.hour
    df["dow"] = df[TIME].dt.dayofweek
    df["minutes_since_midnight"] = df["hour"] * 60 + df[TIME].dt.minute

    X = df.drop(columns=[TARGET, TIME])
    y = df[TARGET]
    print("numeric:", make_column_selector(dtype_include=np.number)(X))
    print("categorical:", make_column_selector(dtype_include=object)(X))

    cut = df[TIME].max().normalize() - pd.Timedelta(days=1)
    dev = (df[TIME] < cut).to_numpy()
    X_dev, y_dev, X_te, y_te = X[dev], y[dev], X[~dev], y[~dev]

    tscv = TimeSeriesSplit(n_splits=4, gap=20_000)
    cv_ll = -cross_val_score(model(), X_dev, y_dev, cv=tscv, scoring="neg_log_loss")
    cv_ll_prior = -cross_val_score(DummyClassifier(strategy="prior"), X_dev, y_dev, cv=tscv, scoring="neg_log_loss")
    print(f"time-ordered CV log loss: hgb {cv_ll.mean():.5f}  prior {cv_ll_prior.mean():.5f}")

    clf = model().fit(X_dev, y_dev)
    prior = DummyClassifier(strategy="prior").fit(X_dev, y_dev)
    for name, est in [("prior", prior), ("hgb", clf)]:
        p = est.predict_proba(X_te)[:, 1]
        print(f"holdout {name:6s} logloss {log_loss(y_te, p):.5f}  AUC {roc_auc_score(y_te, p):.4f}  "
              f"PR AUC {average_precision_score(y_te, p):.4f}")

    final = model().fit(X, y)
    sub = pd.read_csv("test.csv", parse_dates=[TIME])
    sub["hour"] = sub[TIME].dt.hour
    sub["dow"] = sub[TIME].dt.dayofweek
    sub["minutes_since_midnight"] = sub["hour"] * 60 + sub[TIME].dt.minute
    pd.DataFrame({"impression_id": sub["impression_id"],
                  "prediction": final.predict_proba(sub[X.columns])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
