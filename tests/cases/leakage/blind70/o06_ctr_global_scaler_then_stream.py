# CTR prediction - online logistic regression
# numeric columns standardised with sklearn first, then river for the streaming part.

import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from river import compose, evaluate, linear_model, metrics, optim, preprocessing, stream

NUM_COLS = ["bid_floor", "ad_width", "ad_height"]
CAT_COLS = ["site_id", "site_category", "app_id", "app_category", "device_type",
            "device_model", "os", "banner_pos", "ad_id", "campaign_id", "advertiser_id"]

df = pd.read_csv("train.csv")
df["event_time"] = pd.to_datetime(df["event_time"])
df = df.sort_values("event_time").reset_index(drop=True)
df["hour"] = df["event_time"].dt.hour

# bid_floor is very skewed, log first
df["bid_floor"] = np.log1p(df["bid_floor"].fillna(0))
df[["ad_width", "ad_height"]] = df[["ad_width", "ad_height"]].fillna(0)

scaler = StandardScaler()
df[NUM_COLS] = scaler.fit_transform(df[NUM_COLS])
print("scaler means:", dict(zip(NUM_COLS, scaler.mean_.round(3))))

X = df[CAT_COLS + ["hour"] + NUM_COLS].copy()
X[CAT_COLS + ["hour"]] = X[CAT_COLS + ["hour"]].astype(str)
y = df["click"].astype(bool)

model = compose.Pipeline(
    compose.TransformerUnion(
        compose.Select(*CAT_COLS, "hour") | preprocessing.OneHotEncoder(),
        compose.Select(*NUM_COLS),
    ),
    linear_model.LogisticRegression(optimizer=optim.SGD(0.05), l2=1e-5),
)

metric = metrics.LogLoss() + metrics.ROCAUC()
evaluate.progressive_val_score(
    dataset=stream.iter_pandas(X, y),
    model=model,
    metric=metric,
    print_every=200_000,
)
print("final progressive:", metric)

# ---- predictions ----
test = pd.read_csv("test.csv")
test["event_time"] = pd.to_datetime(test["event_time"])
test = test.sort_values("event_time")
test["hour"] = test["event_time"].dt.hour
test["bid_floor"] = np.log1p(test["bid_floor"].fillna(0))
test[["ad_width", "ad_height"]] = test[["ad_width", "ad_height"]].fillna(0)
test[NUM_COLS] = scaler.transform(test[NUM_COLS])
Xt = test[CAT_COLS + ["hour"] + NUM_COLS].copy()
Xt[CAT_COLS + ["hour"]] = Xt[CAT_COLS + ["hour"]].astype(str)

preds = []
for x, _ in stream.iter_pandas(Xt):
    preds.append(model.predict_proba_one(x).get(True, 0.0))

pd.DataFrame({"impression_id": test["impression_id"], "prediction": preds}).to_csv(
    "predictions.csv", index=False
)
print("done", len(preds))
