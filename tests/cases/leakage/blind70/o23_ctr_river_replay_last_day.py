"""
Warm-start an online CTR model on days 1..N-1, then replay day N exactly as production would:
for each impression, in time order, predict -> score -> learn.
"""
import pandas as pd
from river import compose, dummy, linear_model, metrics, optim, preprocessing, stream

CATS = ["site_id", "site_category", "app_id", "app_category", "device_type", "device_model",
        "device_conn_type", "os", "country", "banner_pos", "ad_id", "campaign_id", "advertiser_id"]
NUMS = ["bid_floor", "ad_width", "ad_height"]


def hour_features(x):
    h = x["event_time"].hour
    return {"hour": str(h), "night": float(h < 6)}


def to_stream(frame, with_labels=True):
    X = frame[["event_time"] + CATS + NUMS].copy()
    X[CATS] = X[CATS].astype(str)
    X[NUMS] = X[NUMS].fillna(0.0)
    if with_labels:
        return stream.iter_pandas(X, frame["click"].astype(bool))
    return stream.iter_pandas(X)


def new_model():
    feats = compose.TransformerUnion(
        compose.Select(*CATS) | preprocessing.OneHotEncoder(),
        compose.Select(*NUMS) | preprocessing.StandardScaler(),
        compose.FuncTransformer(hour_features) | preprocessing.OneHotEncoder(),
    )
    return feats | linear_model.LogisticRegression(optimizer=optim.SGD(0.02), l2=1e-6)


df = pd.read_csv("train.csv", parse_dates=["event_time"]).sort_values("event_time")
last_day = df["event_time"].dt.normalize().max()
warm = df[df["event_time"] < last_day]
replay = df[df["event_time"] >= last_day]
print(f"warm-up: {len(warm):,} impressions   replay: {len(replay):,} impressions ({last_day.date()})")

model, baseline = new_model(), dummy.PriorClassifier()
for x, y in to_stream(warm):
    model.learn_one(x, y)
    baseline.learn_one(x, y)

scores = {name: (metrics.LogLoss(), metrics.ROCAUC()) for name in ("model", "baseline")}
for x, y in to_stream(replay):
    for name, est in (("model", model), ("baseline", baseline)):
        p = est.predict_proba_one(x)
        scores[name][0].update(y, p)
        scores[name][1].update(y, p)
        est.learn_one(x, y)

for name, (ll, auc) in scores.items():
    print(f"{name:9s} replay logloss={ll.get():.5f}  auc={auc.get():.4f}")
print("NE (model / baseline):", round(scores["model"][0].get() / scores["baseline"][0].get(), 4))

test = pd.read_csv("test.csv", parse_dates=["event_time"]).sort_values("event_time")
preds = [model.predict_proba_one(x).get(True, 0.0) for x, _ in to_stream(test, with_labels=False)]
pd.DataFrame({"impression_id": test["impression_id"], "prediction": preds}).to_csv("predictions.csv", index=False)
