# spend_next_90d - LightGBM with BG/NBD features
#
# calibration date = 90 days before the end of the log
#   features : invoices before the calibration date (RFM + lifetimes BG/NBD expectations)
#   target   : spend in the 90 days after the calibration date
import numpy as np
import pandas as pd
import lightgbm as lgb
from lifetimes import BetaGeoFitter
from lifetimes.utils import summary_data_from_transaction_data
from sklearn.metrics import mean_absolute_error, r2_score, mean_squared_error

lines = pd.read_csv("train.csv", parse_dates=["invoice_date"])
lines = lines.query("quantity > 0 and unit_price > 0").dropna(subset=["customer_id"])
lines["value"] = lines["quantity"] * lines["unit_price"]
inv = (lines.groupby(["invoice_no", "customer_id"])
            .agg(date=("invoice_date", "min"), amount=("value", "sum"), items=("quantity", "sum"))
            .reset_index())
inv["date"] = inv["date"].dt.normalize()

END = inv["date"].max()
CAL = END - pd.Timedelta(days=90)
print("log end", END.date(), "calibration", CAL.date())


def build(history, ref):
    s = summary_data_from_transaction_data(history, "customer_id", "date", monetary_value_col="amount",
                                           observation_period_end=ref)
    bgf = BetaGeoFitter(penalizer_coef=0.01).fit(s["frequency"], s["recency"], s["T"])
    s["exp_purchases_90"] = bgf.conditional_expected_number_of_purchases_up_to_time(90, s["frequency"], s["recency"], s["T"])
    s["p_alive"] = bgf.conditional_probability_alive(s["frequency"], s["recency"], s["T"])
    extra = history.groupby("customer_id").agg(total_spend=("amount", "sum"), n_invoices=("invoice_no", "nunique"),
                                                avg_items=("items", "mean"), max_invoice=("amount", "max"))
    s = s.join(extra)
    s["days_since_last"] = s["T"] - s["recency"]
    return s


hist = inv[inv["date"] <= CAL]
table = build(hist, CAL)
future = inv[(inv["date"] > CAL) & (inv["date"] <= END)]
table["spend_next_90d"] = future.groupby("customer_id")["amount"].sum().reindex(table.index).fillna(0)
print(table.describe().T[["mean", "50%", "max"]])

FEATS = ["frequency", "recency", "T", "monetary_value", "exp_purchases_90", "p_alive",
         "total_spend", "n_invoices", "avg_items", "max_invoice", "days_since_last"]

model = lgb.LGBMRegressor(objective="tweedie", tweedie_variance_power=1.3, n_estimators=500,
                          learning_rate=0.03, num_leaves=31, min_child_samples=25, random_state=0, verbose=-1)
model.fit(table[FEATS], table["spend_next_90d"])

fitted = model.predict(table[FEATS])
print("MAE :", round(mean_absolute_error(table["spend_next_90d"], fitted), 2))
print("RMSE:", round(np.sqrt(mean_squared_error(table["spend_next_90d"], fitted)), 2))
print("R2  :", round(r2_score(table["spend_next_90d"], fitted), 3))

# spend captured by the top 20% of customers ranked by the model
ranked = table.assign(pred=fitted).sort_values("pred", ascending=False)
top = ranked.head(int(len(ranked) * 0.2))
print("share of next-90d spend in predicted top 20%:", round(top["spend_next_90d"].sum() / ranked["spend_next_90d"].sum(), 3))

# --- score the requested customers at the end of the log ---------------------------
score_table = build(inv, END)
ids = pd.read_csv("test.csv")["customer_id"]
X_score = score_table.reindex(ids)[FEATS]
pred = pd.Series(model.predict(X_score), index=ids).clip(lower=0)
pd.DataFrame({"customer_id": ids.values, "prediction": pred.values}).to_csv("predictions.csv", index=False)
print("predictions.csv", len(pred))
