# fraud take-home - H2O AutoML
# h2o handles categoricals natively, so very little prep needed

import numpy as np
import pandas as pd
import h2o
from h2o.automl import H2OAutoML
from sklearn.metrics import roc_auc_score, average_precision_score

h2o.init(nthreads=-1, max_mem_size="8G")

df = h2o.import_file("train.csv")
sub = h2o.import_file("test.csv")
print(df.dim, sub.dim)
df.describe()

y = "is_fraud"
df[y] = df[y].asfactor()
print(df[y].table())

for c in ["merchant_category", "country", "device_type"]:
    df[c] = df[c].asfactor()
    sub[c] = sub[c].asfactor()

# 80/20 random split, AutoML does 5-fold CV inside the 80
train, test = df.split_frame(ratios=[0.8], seed=11)
print("train", train.nrows, "test", test.nrows)

# ids are not features; chargeback_flag only exists weeks after the transaction
x = [c for c in df.columns if c not in (y, "transaction_id", "card_id", "timestamp", "chargeback_flag")]
print("features:", x)

aml = H2OAutoML(
    max_models=15,
    max_runtime_secs=1200,
    seed=11,
    sort_metric="AUCPR",
    exclude_algos=["DeepLearning"],
)
aml.train(x=x, y=y, training_frame=train)
print(aml.leaderboard.head(rows=15))

# test split, once
perf = aml.leader.model_performance(test)
print("leader", aml.leader.model_id)
print("test AUC  ", perf.auc())
print("test AUCPR", perf.aucpr())

# sanity: what does predicting the base rate for everyone get?
y_test = test[y].as_data_frame()[y].astype(int).values
base_rate = train[y].as_data_frame()[y].astype(int).mean()
base = np.full(len(y_test), base_rate)
print("baseline (constant base rate) AUC", roc_auc_score(y_test, base),
      "AUCPR", average_precision_score(y_test, base))

# best non-ensemble model for variable importance
lb = aml.leaderboard.as_data_frame()
single = [m for m in lb.model_id if not m.startswith("StackedEnsemble")][0]
print(h2o.get_model(single).varimp(use_pandas=True).head(10))

preds = aml.leader.predict(sub)
out = sub["transaction_id"].cbind(preds["p1"]).as_data_frame()
out.columns = ["transaction_id", "prediction"]
out.to_csv("predictions.csv", index=False)
print(out.head())
