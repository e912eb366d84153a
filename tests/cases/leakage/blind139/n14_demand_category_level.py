"""Demand take-home: GLM (Tweedie) with category demand level.

Products in test.csv are new, so the model cannot use a product's own history.
Instead each row gets the typical weekly demand of its category (and category x promo).
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import TweedieRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TIME, TARGET, ID = "week_start", "units_sold", "row_id"

hist = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values(TIME)
new = pd.read_csv("test.csv", parse_dates=[TIME])

# category demand level
hist["cat_level"] = hist.groupby("category")[TARGET].transform("mean")
hist["cat_promo_level"] = hist.groupby(["category", "promo_flag"])[TARGET].transform("mean")
cat_level = hist.groupby("category")[TARGET].mean()
cat_promo_level = hist.groupby(["category", "promo_flag"])[TARGET].mean()
new["cat_level"] = new["category"].map(cat_level)
new["cat_promo_level"] = [cat_promo_level.get((c, p), np.nan) for c, p in zip(new["category"], new["promo_flag"])]
new["cat_promo_level"] = new["cat_promo_level"].fillna(new["cat_level"])

for d in (hist, new):
    d["log_price"] = np.log(d["price"])
    d["month"] = d[TIME].dt.month.astype(str)
    d["log_cat_level"] = np.log1p(d["cat_level"])
    d["log_cat_promo_level"] = np.log1p(d["cat_promo_level"])

num = ["log_price", "discount_pct", "promo_flag", "display_feature", "holiday_week",
       "log_cat_level", "log_cat_promo_level"]
cat = ["category", "month"]

glm = Pipeline([
    ("prep", ColumnTransformer([("num", StandardScaler(), num),
                                ("cat", OneHotEncoder(handle_unknown="ignore"), cat)])),
    ("glm", TweedieRegressor(power=1.5, link="log", alpha=0.01, max_iter=2000)),
])

# time cut; evaluation only on products first seen after the cut
cutoff = hist[TIME].max() - pd.Timedelta(weeks=12)
tr = hist[hist[TIME] <= cutoff]
ev = hist[(hist[TIME] > cutoff) & (~hist["product_id"].isin(tr["product_id"]))]
print(f"train rows {len(tr)}, eval rows {len(ev)} ({ev['product_id'].nunique()} products)")

glm.fit(tr[num + cat], tr[TARGET])
p = glm.predict(ev[num + cat])
p_base = np.full(len(ev), tr[TARGET].mean())

for label, yhat in (("baseline (train mean)", p_base), ("tweedie glm", p)):
    print("%-22s MAE=%.3f RMSE=%.3f R2=%.3f" % (label, mean_absolute_error(ev[TARGET], yhat),
                                                 mean_squared_error(ev[TARGET], yhat) ** 0.5,
                                                 r2_score(ev[TARGET], yhat)))

coef = glm.named_steps["glm"].coef_[: len(num)]
print(pd.Series(coef, index=num).round(3))

glm.fit(hist[num + cat], hist[TARGET])
pd.DataFrame({ID: new[ID], "prediction": glm.predict(new[num + cat])}).to_csv("predictions.csv", index=False)
