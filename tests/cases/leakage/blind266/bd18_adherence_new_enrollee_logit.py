# Medication adherence (PDC >= 80% in the month) per member-month
# holdout = last quarter of the data, restricted to members we have not seen before
# (the scoring file is new enrollees), model = logistic regression

import pandas as pd
import numpy as np
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

mm = pd.read_csv("train.csv", parse_dates=["month"])
mm = mm.sort_values(["member_id", "month"]).reset_index(drop=True)
print(mm.shape, mm.month.min().date(), "->", mm.month.max().date())
print(mm.adherent.mean())

# drug class lookup -> broader therapeutic area (star ratings measures)
star_measure = pd.DataFrame({
    "drug_class": ["statin", "ace_arb", "biguanide", "sulfonylurea", "dpp4", "sglt2", "tzd"],
    "measure": ["statins", "ras", "diabetes", "diabetes", "diabetes", "diabetes", "diabetes"],
})
mm = mm.merge(star_measure, on="drug_class", how="left")
mm["measure"] = mm["measure"].fillna("other")

# month-over-month change in copay, from the member's own previous month
mm["copay_change"] = mm.groupby("member_id")["copay_30d"].diff().fillna(0)
mm["low_supply"] = (mm["days_on_hand_start"] < 7).astype(int)

cat = ["plan_type", "lis_status", "measure", "pharmacy_type", "gender"]
num = ["age", "n_chronic_conditions", "copay_30d", "copay_change", "mail_order",
       "months_on_therapy", "pdc_prev_3m", "fills_prev_month", "days_on_hand_start",
       "er_visits_prev_6m", "low_supply"]

cutoff = pd.Timestamp("2023-10-01")
train = mm[mm.month < cutoff]
test = mm[mm.month >= cutoff]
# same people on both sides would flatter the score: keep only members new after the cutoff
seen = set(train.member_id)
test = test[~test.member_id.isin(seen)]
print("members in test:", test.member_id.nunique(), "| overlap with train:", len(seen & set(test.member_id)))
print("train months:", train.month.nunique(), "test months:", test.month.nunique())
print("rows", len(train), len(test))

pre = make_column_transformer(
    (OneHotEncoder(handle_unknown="ignore"), cat),
    (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num),
)
clf = make_pipeline(pre, LogisticRegression(max_iter=1000))
clf.fit(train[cat + num], train["adherent"])

base = DummyClassifier(strategy="most_frequent").fit(train[cat + num], train["adherent"])

acc = accuracy_score(test["adherent"], clf.predict(test[cat + num]))
acc_base = accuracy_score(test["adherent"], base.predict(test[cat + num]))
print(f"accuracy: model {acc:.3f} vs majority class {acc_base:.3f}")

# per-month stability
test = test.assign(pred=clf.predict(test[cat + num]))
print(test.groupby("month").apply(lambda g: (g.pred == g.adherent).mean()).round(3))
