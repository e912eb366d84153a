"""Which planned promotions will beat baseline?

- random oversampling of the winners (imblearn) so the model sees enough of them
- logistic regression on scaled numeric features + one-hot categoricals
- time-based holdout: most recent 16 weeks
- the decision threshold is tuned for F1 because the business wants a short list of promos to back
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.compose import make_column_transformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUM = ["discount_pct", "base_price", "tv_spend", "social_spend", "weeks_since_last_promo"]
CAT = ["category", "store_format", "region"]
BIN = ["feature_ad", "display", "competitor_on_promo", "holiday"]

data = pd.read_csv("train.csv", parse_dates=["week"])
test = pd.read_csv("test.csv", parse_dates=["week"])
print("win rate:", round(data["beat_baseline"].mean(), 3))

ros = RandomOverSampler(sampling_strategy=0.5, random_state=0)
X_res, y_res = ros.fit_resample(data.drop(columns="beat_baseline"), data["beat_baseline"])
data_bal = X_res.assign(beat_baseline=y_res.values)
print("after oversampling:", data_bal["beat_baseline"].value_counts().to_dict())

last_week = data_bal["week"].max()
holdout_mask = data_bal["week"] > last_week - pd.Timedelta(weeks=16)
train_df, hold_df = data_bal[~holdout_mask], data_bal[holdout_mask]
print(f"train {len(train_df)} rows, holdout {len(hold_df)} rows")

pre = make_column_transformer(
    (StandardScaler(), NUM),
    (OneHotEncoder(handle_unknown="ignore"), CAT),
    ("passthrough", BIN),
)
model = make_pipeline(pre, LogisticRegression(C=1.0, max_iter=3000))
model.fit(train_df[NUM + CAT + BIN], train_df["beat_baseline"])
proba = model.predict_proba(hold_df[NUM + CAT + BIN])[:, 1]
y_hold = hold_df["beat_baseline"].values
print("holdout ROC AUC:", round(roc_auc_score(y_hold, proba), 4))

# pick the threshold that gives the best F1
thresholds = np.arange(0.05, 0.95, 0.01)
f1s = [f1_score(y_hold, (proba >= t).astype(int)) for t in thresholds]
best_t = float(thresholds[int(np.argmax(f1s))])
pred = (proba >= best_t).astype(int)
print(f"threshold {best_t:.2f}: F1 {f1_score(y_hold, pred):.3f}  precision {precision_score(y_hold, pred):.3f}"
      f"  recall {recall_score(y_hold, pred):.3f}")

coef_names = model[0].get_feature_names_out()
coefs = pd.Series(model[-1].coef_[0], index=coef_names).sort_values()
print(coefs.round(3).to_string())

model.fit(data_bal[NUM + CAT + BIN], data_bal["beat_baseline"])
test_proba = model.predict_proba(test[NUM + CAT + BIN])[:, 1]
pd.DataFrame({"promo_id": test["promo_id"], "prediction": test_proba}).to_csv("predictions.csv", index=False)
print("flagged promos in test:", int((test_proba >= best_t).sum()))
