# peisong shijian yuce (delivery time) - Li Wei
# mubiao: delivery_minutes ; shijian lie: order_time
# buzhou: duqu -> tezheng -> an shijian qiefen -> jizhun + lightgbm -> tijiao

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

MUBIAO = "delivery_minutes"
SHIJIAN = "order_time"
BIANHAO = "order_id"
SHIHOU_CAI_ZHIDAO = ["courier_wait_minutes_actual", "customer_rating"]  # peisong wancheng hou cai you
LEIBIE = ["restaurant_type", "courier_vehicle", "weather", "traffic_level", "city_zone"]
SHUZI = ["distance_km", "n_items", "prep_time_estimate"]


def duqu():
    shuju = pd.read_csv("train.csv", parse_dates=[SHIJIAN])
    tijiao_shuju = pd.read_csv("test.csv", parse_dates=[SHIJIAN])
    shuju = shuju.sort_values(SHIJIAN).reset_index(drop=True)
    return shuju, tijiao_shuju


def zuo_tezheng(df):
    t = df.copy()
    t["xiaoshi"] = t[SHIJIAN].dt.hour
    t["xingqi"] = t[SHIJIAN].dt.dayofweek
    t["zhoumo"] = (t["xingqi"] >= 5).astype(int)
    t["gaofeng"] = t["xiaoshi"].isin([11, 12, 13, 18, 19, 20]).astype(int)
    t["juli_x_jiaotong"] = t["distance_km"] * t["traffic_level"].map({"low": 1, "medium": 2, "high": 3, "jam": 4})
    t = pd.get_dummies(t, columns=LEIBIE, dtype=float)
    return t


def an_shijian_qiefen(df, bili=0.8):
    qiefen_dian = df[SHIJIAN].quantile(bili)
    return df[df[SHIJIAN] <= qiefen_dian], df[df[SHIJIAN] > qiefen_dian]


def pinggu(mingzi, y, yuce):
    mae = mean_absolute_error(y, yuce)
    rmse = np.sqrt(mean_squared_error(y, yuce))
    print(f"{mingzi:<8} MAE={mae:.2f} RMSE={rmse:.2f}")
    return mae


shuju, tijiao_shuju = duqu()
print(shuju.shape, tijiao_shuju.shape)
print(shuju[SHUZI].isna().mean())

shuju = zuo_tezheng(shuju)
tijiao_shuju = zuo_tezheng(tijiao_shuju)
tezheng = [c for c in shuju.columns if c not in [MUBIAO, SHIJIAN, BIANHAO] + SHIHOU_CAI_ZHIDAO]

xunlian, ceshi = an_shijian_qiefen(shuju)
xunlian, ceshi = xunlian.copy(), ceshi.copy()

# queshi zhi: yong xunlian de junzhi tianbu
junzhi = xunlian[SHUZI].mean()
xunlian[SHUZI] = xunlian[SHUZI].fillna(junzhi)
ceshi[SHUZI] = ceshi[SHUZI].fillna(junzhi)
print("xunlian:", xunlian[SHIJIAN].min(), "->", xunlian[SHIJIAN].max())
print("ceshi:  ", ceshi[SHIJIAN].min(), "->", ceshi[SHIJIAN].max())

jizhun = DummyRegressor(strategy="mean").fit(xunlian[tezheng], xunlian[MUBIAO])
pinggu("jizhun", ceshi[MUBIAO], jizhun.predict(ceshi[tezheng]))

canshu = dict(n_estimators=800, learning_rate=0.03, num_leaves=48, min_child_samples=30,
              colsample_bytree=0.8, reg_lambda=1.0, random_state=8, verbose=-1)
moxing = lgb.LGBMRegressor(**canshu)
moxing.fit(xunlian[tezheng], xunlian[MUBIAO])
pinggu("lgbm", ceshi[MUBIAO], moxing.predict(ceshi[tezheng]))

wucha = ceshi[MUBIAO] - moxing.predict(ceshi[tezheng])
print("wucha fenweishu:", np.percentile(np.abs(wucha), [50, 80, 95]).round(1))

junzhi_quanbu = shuju[SHUZI].mean()
shuju[SHUZI] = shuju[SHUZI].fillna(junzhi_quanbu)
tijiao_shuju[SHUZI] = tijiao_shuju[SHUZI].fillna(junzhi_quanbu)
zuizhong = lgb.LGBMRegressor(**canshu).fit(shuju[tezheng], shuju[MUBIAO])
X_tijiao = tijiao_shuju.reindex(columns=tezheng, fill_value=0)
pd.DataFrame({BIANHAO: tijiao_shuju[BIANHAO], "prediction": zuizhong.predict(X_tijiao)}).to_csv(
    "predictions.csv", index=False
)
print("wancheng")
