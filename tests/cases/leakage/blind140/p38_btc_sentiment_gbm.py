"""Does crowd sentiment help predict Bitcoin's next-day move?

btc_daily.csv     : date, open, high, low, close, volume          (daily)
fear_greed.csv    : date, fg_value                                 (daily, a few missing days)
google_trends.csv : week_end, btc_interest                         (weekly, stamped on Sundays)
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, classification_report, roc_auc_score

btc = pd.read_csv("data/btc_daily.csv", parse_dates=["date"])
fg = pd.read_csv("data/fear_greed.csv", parse_dates=["date"])
gt = pd.read_csv("data/google_trends.csv", parse_dates=["week_end"]).rename(columns={"week_end": "date"})

df = (btc.merge(fg, on="date", how="left")
         .merge(gt, on="date", how="left")
         .sort_values("date")
         .set_index("date"))
print(df[["fg_value", "btc_interest"]].isna().mean())

# weekly trends and missing sentiment days -> fill so every day has a value
df[["fg_value", "btc_interest"]] = df[["fg_value", "btc_interest"]].bfill()

df["ret"] = np.log(df["close"]).diff()
df["ret_3"] = np.log(df["close"]).diff(3)
df["ret_7"] = np.log(df["close"]).diff(7)
df["vol_14"] = df["ret"].rolling(14).std()
df["volume_z"] = (np.log(df["volume"]) - np.log(df["volume"]).rolling(30).mean()) / \
                 np.log(df["volume"]).rolling(30).std()
df["fg_chg"] = df["fg_value"].diff()
df["trend_chg"] = df["btc_interest"].pct_change(7)
for k in (1, 2):
    df[f"ret_lag{k}"] = df["ret"].shift(k)

df["target"] = (df["ret"].shift(-1) > 0).astype(int)
df = df.iloc[:-1].dropna()

features = ["ret", "ret_3", "ret_7", "vol_14", "volume_z", "fg_value", "fg_chg",
            "btc_interest", "trend_chg", "ret_lag1", "ret_lag2"]

split = int(len(df) * 0.75)
train, test = df.iloc[:split], df.iloc[split:]
print("train:", train.index.min().date(), "->", train.index.max().date(),
      "| test:", test.index.min().date(), "->", test.index.max().date())

gbm = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.03,
                                 subsample=0.8, random_state=0)
gbm.fit(train[features], train["target"])
proba = gbm.predict_proba(test[features])[:, 1]
pred = (proba > 0.5).astype(int)

print("accuracy:", round(accuracy_score(test["target"], pred), 4))
print("roc auc :", round(roc_auc_score(test["target"], proba), 4))
print(classification_report(test["target"], pred))

imp = pd.Series(gbm.feature_importances_, index=features).sort_values(ascending=False)
print(imp)

# long/flat strategy on the test period
strat = test["ret"].shift(-1).fillna(0) * pred
print("strategy log-return:", strat.sum().round(3),
      "| hit rate when long:", (test["target"][pred == 1]).mean().round(3))
strat.cumsum().to_csv("outputs/btc_strategy_equity.csv")
