import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score

policies = pd.read_csv("motor_policies.csv")
policies["vehicle_age"] = 2023 - policies["vehicle_year"]
policies["log_premium"] = np.log1p(policies["annual_premium"])

# risk of the region and of the vehicle make
policies["region_claim_rate"] = policies.groupby("region")["has_claim"].transform("mean")
policies["make_claim_rate"] = policies.groupby("vehicle_make")["has_claim"].transform("mean")

features = ["driver_age", "vehicle_age", "log_premium", "bonus_malus", "region_claim_rate", "make_claim_rate"]
X_train, X_test, y_train, y_test = train_test_split(policies[features], policies["has_claim"], test_size=0.3, random_state=1)

gbm = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05)
gbm.fit(X_train, y_train)
print("AUC:", roc_auc_score(y_test, gbm.predict_proba(X_test)[:, 1]))
