import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, confusion_matrix

# ---- load ----
uw = pd.read_csv("train.csv")
uw["week_start"] = pd.to_datetime(uw["week_start"])
uw = uw.sort_values(["user_id", "week_start"])
print(uw.adopted_dashboards.value_counts())

# users who signed up through the self-serve "test drive" flow -- just curious
test_drive = uw[uw["tenure_weeks"] <= 2]
print("adoption rate in first 2 weeks:", round(test_drive.adopted_dashboards.mean(), 3))

# ---- features as of the end of each week ----
grp = uw.groupby("user_id")
for c in ["sessions", "reports_viewed", "reports_exported", "dashboards_viewed", "shared_links"]:
    uw[c + "_l1"] = grp[c].shift(1).fillna(0)
    uw[c + "_l2"] = grp[c].shift(2).fillna(0)
    uw[c + "_cum"] = grp[c].cumsum() - uw[c]
uw["weeks_active_before"] = grp["sessions"].transform(lambda s: (s.shift(1) > 0).cumsum()).fillna(0)
uw["role_admin"] = uw.role.eq("admin").astype(int)
uw["paid_plan"] = uw.plan.isin(["team", "business"]).astype(int)

lookahead = ["dashboards_created_next_week", "adopted_dashboards", "user_week_id", "user_id",
             "workspace_id", "week_start", "role", "plan"]
feats = [c for c in uw.columns if c not in lookahead]

# ---- time split: train on weeks before 2024-04-01 ----
train = uw[uw.week_start < "2024-04-01"]
test = uw[uw.week_start >= "2024-04-01"]
X_train, y_train = train[feats], train.adopted_dashboards
X_test, y_test = test[feats], test.adopted_dashboards

gbm = GradientBoostingClassifier(n_estimators=200, max_depth=3, learning_rate=0.08, subsample=0.9, random_state=0)
gbm.fit(X_train, y_train)
pred = gbm.predict(X_test)

# majority class of the training weeks, for reference
majority = int(y_train.mean() >= 0.5)
print("majority-class baseline accuracy:", round(accuracy_score(y_test, np.full(len(y_test), majority)), 4))
print("test accuracy:", round(accuracy_score(y_test, pred), 4))
print(confusion_matrix(y_test, pred))
print(pd.Series(gbm.feature_importances_, feats).sort_values(ascending=False).head(10))
