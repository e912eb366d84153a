"""
Online CTR: compare three optimisers for river's logistic regression.
Each one is warmed up on days 1..N-1 and then replayed on day N (predict -> score -> learn).
"""
import pandas as pd
from river import compose, dummy, linear_model, metrics, optim, preprocessing, stream

CATS = ["site_id", "site_category", "app_id", "app_category", "device_type", "device_model",
        "device_conn_type", "os", "country", "banner_pos", "ad_id", "campaign_id", "advertiser_id"]
NUMS = ["bid_floor", "ad_width", "ad_height"]

CANDIDATES = {
    "sgd_0.02": lambda: optim.SGD(0.02),
    "adam_0.005": lambda: optim.Adam(0.005),
    "ftrl": lambda: optim.FTRLProximal(alpha=0.05, beta=1.0, l1=0.5, l2=1.0),
}


def hour_features(x):
    return {"hour": str(x["event_time"].hour)}


def to_stream(frame, with_labels=True):
    X = frame[["event_time"] + CATS + NUMS].copy()
    X[CATS] = X[CATS].astype(str)
    X[NUMS] = X[NUMS].fillna(0.0)
    return stream.iter_pandas(X, frame["click"].astype(bool)) if with_labels else stream.iter_pandas(X)


def new_model(make_opt):
    feats = compose.TransformerUnion(
        compose.Select(*CATS) | preprocessing.OneHotEncoder(),
        compose.Select(*NUMS) | preprocessing.StandardScaler(),
        compose.FuncTransformer(hour_features) | preprocessing.OneHotEncoder(),
    )
    return feats | linear_model.LogisticRegression(optimizer=make_opt())


df = pd.read_csv("train.csv", parse_dates=["event_time"]).sort_values("event_time")
last_day = df["event_time"].dt.normalize().max()
warm = df[df["event_time"] < last_day]
replay = df[df["event_time"] >= last_day]

models = {name: new_model(mk) for name, mk in CANDIDATES.items()}
models["prior_baseline"] = dummy.PriorClassifier()
for x, y in to_stream(warm):
    for m in models.values():
        m.learn_one(x, y)

logloss = {name: metrics.LogLoss() for name in models}
auc = {name: metrics.ROCAUC() for name in models}
for x, y in to_stream(replay):
    for name, m in models.items():
        p = m.predict_proba_one(x)
        logloss[name].update(y, p)
        auc[name].update(y, p)
        m.learn_one(x, y)

for name in models:
    print(f"{name:15s} logloss={logloss[name].get():.5f}  auc={auc[name].get():.4f}")

best = min(CANDIDATES, key=lambda n: logloss[n].get())
print(f"\nselected: {best}")
print(f"replay-day logloss {logloss[best].get():.5f}, AUC {auc[best].get():.4f} "
      f"(prior baseline {logloss['prior_baseline'].get():.5f})")

test = pd.read_csv("test.csv", parse_dates=["event_time"]).sort_values("event_time")
final = models[best]
preds = [final.predict_proba_one(x).get(True, 0.0) for x, _ in to_stream(test, with_labels=False)]
pd.DataFrame({"impression_id": test["impression_id"], "prediction": preds}).to_csv("predictions.csv", index=False)
