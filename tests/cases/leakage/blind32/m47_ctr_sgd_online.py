"""CTR with an online-style linear model (SGD, log loss).

Mirrors how the serving system works: hashed/one-hot categoricals, scaled
numerics, SGDClassifier trained in time order with partial_fit over daily
chunks, then evaluated on the last two days.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
from sklearn.preprocessing import OneHotEncoder, QuantileTransformer, StandardScaler

TARGET = "clicked"
TIME = "event_time"
CATS = ["site_category", "app_category", "device_type", "os", "banner_pos", "country", "connection_type",
        "creative_size", "user_segment", "hour_str"]
SKEWED = ["bid_floor", "n_impressions_user_24h"]
PLAIN = ["page_depth"]
SGD = dict(loss="log_loss", penalty="elasticnet", alpha=2e-6, l1_ratio=0.15, learning_rate="adaptive", eta0=0.05,
           random_state=0)


def load():
    df = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values(TIME, kind="stable").reset_index(drop=True)
    df["hour_str"] = df[TIME].dt.hour.astype(str)
    df["day"] = df[TIME].dt.normalize()
    return df


def make_encoder():
    return make_column_transformer(
        (OneHotEncoder(handle_unknown="ignore", min_frequency=100), CATS),
        (QuantileTransformer(n_quantiles=1000, output_distribution="normal", subsample=200_000), SKEWED),
        (StandardScaler(), PLAIN),
        sparse_threshold=1.0,
    )


def train_in_time_order(X_by_day, y_by_day, epochs=2):
    clf = SGDClassifier(**SGD)
    for epoch in range(epochs):
        for X_day, y_day in zip(X_by_day, y_by_day):
            clf.partial_fit(X_day, y_day, classes=np.array([0, 1]))
    return clf


def main():
    df = load()
    encoder = make_encoder().fit(df[CATS + SKEWED + PLAIN])
    print("encoded width:", len(encoder.get_feature_names_out()))

    cut = df["day"].max() - pd.Timedelta(days=1)
    train, test = df[df["day"] < cut], df[df["day"] >= cut]

    days = sorted(train["day"].unique())
    X_by_day = [encoder.transform(train.loc[train["day"] == d, CATS + SKEWED + PLAIN]) for d in days]
    y_by_day = [train.loc[train["day"] == d, TARGET].to_numpy() for d in days]
    clf = train_in_time_order(X_by_day, y_by_day)

    X_te = encoder.transform(test[CATS + SKEWED + PLAIN])
    p = clf.predict_proba(X_te)[:, 1]
    print(f"holdout days {test['day'].min():%m-%d}..{test['day'].max():%m-%d}: "
          f"logloss {log_loss(test[TARGET], p):.5f}  AUC {roc_auc_score(test[TARGET], p):.4f}  "
          f"PR AUC {average_precision_score(test[TARGET], p):.4f}")

    by_day = pd.DataFrame({"day": test["day"], "y": test[TARGET], "p": p}).groupby("day")
    print(by_day.apply(lambda g: pd.Series({"ctr": g.y.mean(), "mean_pred": g.p.mean(),
                                            "auc": roc_auc_score(g.y, g.p)})).round(4))

    coefs = pd.Series(clf.coef_.ravel(), index=encoder.get_feature_names_out())
    print(coefs.sort_values().tail(15).round(3))

    all_days = sorted(df["day"].unique())
    final = train_in_time_order([encoder.transform(df.loc[df["day"] == d, CATS + SKEWED + PLAIN]) for d in all_days],
                                [df.loc[df["day"] == d, TARGET].to_numpy() for d in all_days])
    sub = pd.read_csv("test.csv", parse_dates=[TIME])
    sub["hour_str"] = sub[TIME].dt.hour.astype(str)
    pd.DataFrame({"impression_id": sub["impression_id"],
                  "prediction": final.predict_proba(encoder.transform(sub[CATS + SKEWED + PLAIN]))[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
