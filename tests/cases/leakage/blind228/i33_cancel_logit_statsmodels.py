# Cancellation - interpretable logistic model (statsmodels) for the memo,
# plus a sklearn version for the holdout numbers.

import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

pd.options.display.float_format = "{:.4f}".format

raw = pd.read_csv("train.csv", parse_dates=["request_time"])
print(raw.shape)

NUMERIC = ["est_distance_km", "quoted_fare", "surge_multiplier", "eta_to_pickup_min",
           "rider_rating", "rider_tenure_days"]
print(raw[NUMERIC].isna().sum())

df = raw.copy()
# fill gaps with the column median
df[NUMERIC] = df[NUMERIC].fillna(df[NUMERIC].median())
# put the numeric inputs on a common scale so the coefficients are comparable
for col in NUMERIC:
    df[col + "_z"] = (df[col] - df[col].mean()) / df[col].std()

df["hour"] = df["request_time"].dt.hour
df["night"] = df["hour"].between(0, 5).astype(int)
df["peak"] = df["hour"].isin([7, 8, 9, 17, 18, 19]).astype(int)
df["cash"] = (df["payment_method"] == "cash").astype(int)
df["log_tenure"] = np.log1p(df["rider_tenure_days"])

Z = [c + "_z" for c in NUMERIC]
FEATS = Z + ["night", "peak", "cash", "is_airport", "log_tenure"]

splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=99)
idx_train, idx_test = next(splitter.split(df, df["cancelled"], df["rider_id"]))
train = df.iloc[idx_train]
test = df.iloc[idx_test]
print("train riders:", train.rider_id.nunique(), " test riders:", test.rider_id.nunique())

# statsmodels fit on the training riders (for odds ratios in the memo)
logit = sm.Logit(train["cancelled"], sm.add_constant(train[FEATS])).fit(disp=False)
print(logit.summary2().tables[1][["Coef.", "Std.Err.", "P>|z|"]])
odds = np.exp(logit.params).rename("odds_ratio")
print(odds.sort_values(ascending=False))

# sklearn version with a bit of regularisation, scored on the held-out riders
lr = LogisticRegression(C=1.0, max_iter=1000, class_weight="balanced")
lr.fit(train[FEATS], train["cancelled"])
p_lr = lr.predict_proba(test[FEATS])[:, 1]
p_sm = logit.predict(sm.add_constant(test[FEATS], has_constant="add"))
p_base = DummyClassifier(strategy="prior").fit(train[FEATS], train["cancelled"]).predict_proba(test[FEATS])[:, 1]

results = pd.DataFrame({
    "roc_auc": [roc_auc_score(test.cancelled, p) for p in (p_base, p_sm, p_lr)],
    "pr_auc": [average_precision_score(test.cancelled, p) for p in (p_base, p_sm, p_lr)],
    "logloss": [log_loss(test.cancelled, p) for p in (p_base, p_sm, p_lr)],
}, index=["prior baseline", "statsmodels logit", "sklearn logreg (balanced)"])
print(results)

# lift in the top decile
test = test.assign(score=p_lr)
top = test.nlargest(int(len(test) * 0.1), "score")
print("top-decile cancel rate: %.3f  vs overall %.3f" % (top.cancelled.mean(), test.cancelled.mean()))
