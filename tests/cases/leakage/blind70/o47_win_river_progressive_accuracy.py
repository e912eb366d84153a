# Auction win prediction, streamed through river.
# Progressive validation: every bid request is predicted before the model learns from it.

import math
import pandas as pd
from river import compose, evaluate, linear_model, metrics, optim, preprocessing, stream

CAT = ["exchange", "publisher", "slot_visibility", "slot_format", "region", "browser", "os", "weekday"]
NUM = ["floor_price", "bid_price", "slot_width", "slot_height", "hour_of_day"]


def extra(x):
    return {
        "log_margin": math.log1p(max(x["bid_price"] - x["floor_price"], 0.0)),
        "n_tags": float(len(str(x["user_tags"]).split(","))) if x["user_tags"] else 0.0,
    }


bids = pd.read_csv("train.csv")
X = bids[CAT + NUM + ["user_tags"]].copy()
X[CAT] = X[CAT].astype(str)
X[NUM] = X[NUM].fillna(0.0)
X["user_tags"] = X["user_tags"].fillna("")
y = bids["won"].astype(bool)

model = compose.Pipeline(
    compose.TransformerUnion(
        compose.Select(*CAT) | preprocessing.OneHotEncoder(),
        compose.Select(*NUM) | preprocessing.StandardScaler(),
        compose.FuncTransformer(extra) | preprocessing.StandardScaler(),
    ),
    linear_model.LogisticRegression(optimizer=optim.SGD(0.01)),
)

acc = metrics.Accuracy()
evaluate.progressive_val_score(stream.iter_pandas(X, y), model, acc, print_every=50_000)
print("progressive accuracy:", acc)

test = pd.read_csv("test.csv")
Xt = test[CAT + NUM + ["user_tags"]].copy()
Xt[CAT] = Xt[CAT].astype(str)
Xt[NUM] = Xt[NUM].fillna(0.0)
Xt["user_tags"] = Xt["user_tags"].fillna("")
pd.DataFrame({
    "bid_id": test["bid_id"],
    "prediction": [model.predict_proba_one(x).get(True, 0.0) for x, _ in stream.iter_pandas(Xt)],
}).to_csv("predictions.csv", index=False)
