"""Online click model with river.

Usage: python o03_ctr_river_accuracy_only.py   (expects train.csv / test.csv in cwd)
"""
import pandas as pd
from river import compose, evaluate, linear_model, metrics, optim, preprocessing, stream

CATEGORICAL = [
    "site_id", "site_category", "app_id", "app_category",
    "device_type", "device_conn_type", "os", "banner_pos",
    "ad_id", "campaign_id", "advertiser_id",
]
NUMERIC = ["bid_floor", "ad_width", "ad_height"]


def prepare(frame):
    frame = frame.copy()
    frame["event_time"] = pd.to_datetime(frame["event_time"])
    frame["hour"] = frame["event_time"].dt.hour.astype(str)
    frame[CATEGORICAL] = frame[CATEGORICAL].astype(str)
    frame[NUMERIC] = frame[NUMERIC].fillna(0.0)
    return frame[CATEGORICAL + ["hour"] + NUMERIC]


def build_model():
    onehot = compose.Select(*CATEGORICAL, "hour") | preprocessing.OneHotEncoder()
    scaled = compose.Select(*NUMERIC) | preprocessing.StandardScaler()
    return compose.Pipeline(
        onehot + scaled,
        linear_model.LogisticRegression(optimizer=optim.SGD(0.02), l2=1e-6),
    )


def main():
    train = pd.read_csv("train.csv").sort_values("event_time", kind="mergesort")
    X = prepare(train)
    y = train["click"].astype(bool)

    model = build_model()
    acc = metrics.Accuracy()
    evaluate.progressive_val_score(
        stream.iter_pandas(X, y), model, acc, print_every=100_000
    )
    print("progressive accuracy:", round(acc.get(), 4))

    test = pd.read_csv("test.csv").sort_values("event_time", kind="mergesort")
    X_test = prepare(test)
    probs = [model.predict_proba_one(x).get(True, 0.0) for x, _ in stream.iter_pandas(X_test)]
    pd.DataFrame({"impression_id": test["impression_id"].to_numpy(), "prediction": probs}).to_csv(
        "predictions.csv", index=False
    )
    print("wrote predictions.csv", len(probs))


if __name__ == "__main__":
    main()
